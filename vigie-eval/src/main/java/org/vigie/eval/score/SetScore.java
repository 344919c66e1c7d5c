package org.vigie.eval.score;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores of a set of articles: overall, per language, and the article scores behind them. */
public record SetScore(
    Metrics overall, Map<String, Metrics> byLanguage, List<ArticleScore> articles) {

  public SetScore {
    byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    articles = List.copyOf(articles);
  }
}
