package org.vigie.cli.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Article;

/**
 * A plain-text file (or standard input) holding one article. The decoded text is kept exactly as it
 * is, line endings included, since evidence offsets point into it; only a byte-order mark is
 * dropped.
 */
public final class PlainTextSource implements ArticleSource {
  private final RawInput input;
  private final ArticleDefaults defaults;
  private final InputLimits limits;
  private final TextDecoder decoder;
  private boolean done;

  public PlainTextSource(
      RawInput input, ArticleDefaults defaults, InputLimits limits, TextDecoder decoder) {
    this.input = input;
    this.defaults = defaults;
    this.limits = limits;
    this.decoder = decoder;
  }

  @Override
  public SourceItem next() {
    if (done) {
      return null;
    }
    done = true;
    String label = input.label();
    try {
      DecodedText decoded = decoder.decode(ArticleBytes.read(input, limits), null);
      Article article =
          new Article(
              input.defaultId(),
              decoded.text(),
              defaults.published(),
              defaults.language(),
              defaults.url(),
              defaults.outlet(),
              null);
      List<String> notes = new ArrayList<>();
      decoded.warning().ifPresent(notes::add);
      return new SourceItem.Readable(label, article, notes);
    } catch (UnreadableInputException e) {
      return new SourceItem.Unreadable(label, e.getMessage());
    } catch (IOException e) {
      return new SourceItem.Unreadable(label, IoMessages.describe(e));
    }
  }
}
