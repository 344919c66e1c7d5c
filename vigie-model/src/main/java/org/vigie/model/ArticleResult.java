package org.vigie.model;

import java.util.List;

/** Everything Vigie says about one article: the document printed by {@code vigie extract}. */
public record ArticleResult(
    String schema,
    ArticleInfo article,
    List<Event> events,
    List<Statistic> statistics,
    List<Intention> intentions,
    List<Diagnostic> diagnostics) {

  public static final String SCHEMA = "vigie/1";

  public ArticleResult withArticle(ArticleInfo info) {
    return new ArticleResult(schema, info, events, statistics, intentions, diagnostics);
  }
}
