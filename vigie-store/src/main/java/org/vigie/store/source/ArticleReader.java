package org.vigie.store.source;

import java.io.IOException;
import java.nio.file.Path;
import org.vigie.model.Article;

/**
 * Reads the articles of one file. A small seam: the CLI's shared readers (HTML, more formats) can
 * be plugged in later by implementing it.
 */
public interface ArticleReader {

  /** Receives what a reader finds: articles, and the ones it had to skip, with why. */
  interface Sink {
    void article(Article article);

    void skipped(String where, String reason);
  }

  boolean accepts(Path file);

  void read(Path file, Sink sink) throws IOException;
}
