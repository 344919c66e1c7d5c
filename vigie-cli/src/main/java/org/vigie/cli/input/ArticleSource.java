package org.vigie.cli.input;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of articles from one input (a file, a corpus, standard input). Pulled one item at a time
 * so that a corpus of any size is never held in memory.
 */
public interface ArticleSource extends Closeable {

  /**
   * The next item, or null when the source is exhausted. Bad content comes back as {@link
   * SourceItem.Unreadable}; an {@link IOException} means the input itself failed (a read error) and
   * the source cannot go on.
   */
  SourceItem next() throws IOException;

  @Override
  default void close() throws IOException {}
}
