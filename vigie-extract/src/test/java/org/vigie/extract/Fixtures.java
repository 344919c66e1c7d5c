package org.vigie.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.model.Event;

/** Shared helpers of the extraction tests: one pipeline for all, discrete events, shared data. */
final class Fixtures {
  private Fixtures() {}

  static Extractor extractor() {
    return Extractors.createDefault();
  }

  static ArticleResult run(String id, String text, String published, String lang) {
    return extractor()
        .extract(
            new Article(
                id,
                text,
                published == null ? null : LocalDate.parse(published),
                lang,
                null,
                "Test Wire",
                null));
  }

  static List<Event> discrete(ArticleResult r) {
    return r.events().stream().filter(e -> Event.DISCRETE.equals(e.scope())).toList();
  }

  /** The shared folder beside the project, or null when this clone has none. */
  static Path shared() {
    String p = System.getProperty("vigie.shared");
    Path path = p == null ? Path.of("..", "..", "shared") : Path.of(p);
    return Files.isDirectory(path) ? path : null;
  }
}
