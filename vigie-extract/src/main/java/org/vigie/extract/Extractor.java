package org.vigie.extract;

import org.vigie.model.Article;
import org.vigie.model.ArticleResult;

/**
 * Turns one article into its events, statistics and intentions (the output contract). Pure over the
 * article plus read-only resources; thread-safe, so one instance serves a worker pool.
 */
public interface Extractor {

  ArticleResult extract(Article article);
}
