package org.vigie.cli.input;

import java.util.List;
import org.vigie.model.Article;

/**
 * One thing read from a source: an article ready for extraction, or the reason a file or a corpus
 * line could not be read. Bad input is a value, not an exception, so one bad line never stops the
 * lines after it.
 */
public sealed interface SourceItem {

  /**
   * Where the item came from, as shown in messages: {@code report.txt} or {@code corpus.jsonl:12}.
   */
  String label();

  /**
   * An article to extract. {@code notes} are warnings about how it was read (for example a guessed
   * encoding), printed on stderr but not fatal.
   */
  record Readable(String label, Article article, List<String> notes) implements SourceItem {
    public Readable {
      notes = List.copyOf(notes);
    }
  }

  /** Input that was skipped, with a one-line reason meant for the user. */
  record Unreadable(String label, String reason) implements SourceItem {}
}
