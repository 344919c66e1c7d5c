package org.vigie.eval.gold;

import java.nio.file.Path;
import java.util.List;

/** A gold file as read: its good lines in file order and a message for every line skipped. */
public record GoldFile(Path path, List<GoldArticle> articles, List<String> problems) {

  public GoldFile {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** The file name without {@code .jsonl}, e.g. {@code acled-sample}. */
  public String name() {
    String n = path.getFileName().toString();
    return n.endsWith(".jsonl") ? n.substring(0, n.length() - ".jsonl".length()) : n;
  }

  /**
   * True when no article has an {@code events} key and some have toponyms (GeoWebNews, where an
   * article may name no place at all): scored by the geo evaluation, not here.
   */
  public boolean placeOnly() {
    return articles.stream().anyMatch(GoldArticle::placeOnly)
        && articles.stream().noneMatch(GoldArticle::hasEvents);
  }
}
