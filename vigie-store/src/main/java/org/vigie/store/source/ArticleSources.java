package org.vigie.store.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks paths (files, directories recursively, in name order) through the first reader that accepts
 * each file.
 */
public final class ArticleSources {
  private final List<ArticleReader> readers;

  public ArticleSources(List<ArticleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Plain text, JSONL corpora, RSS/Atom feeds. */
  public static ArticleSources defaults() {
    return new ArticleSources(List.of(new JsonlReader(), new PlainTextReader(), new FeedReader()));
  }

  public void read(List<Path> paths, ArticleReader.Sink sink) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(f -> readFile(f, sink, false));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.isRegularFile(p)) {
        readFile(p, sink, true);
      } else {
        sink.skipped(p.toString(), "no such file");
      }
    }
  }

  private void readFile(Path f, ArticleReader.Sink sink, boolean named) {
    for (ArticleReader r : readers) {
      if (r.accepts(f)) {
        try {
          r.read(f, sink);
        } catch (IOException | RuntimeException e) {
          sink.skipped(f.toString(), "unreadable: " + e.getMessage());
        }
        return;
      }
    }
    if (named) {
      sink.skipped(f.toString(), "unknown format");
    }
  }
}
