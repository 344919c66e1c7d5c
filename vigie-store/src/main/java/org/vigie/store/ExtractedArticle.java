package org.vigie.store;

import org.vigie.model.Article;
import org.vigie.model.ArticleResult;

/**
 * An article with what the extractor found in it, ready to be written. {@code sha256} is the
 * SHA-256 of the article text (UTF-8), the idempotency key.
 */
public record ExtractedArticle(Article article, String sha256, ArticleResult result) {

  public static ExtractedArticle of(Article article, ArticleResult result) {
    return new ExtractedArticle(article, ContentHash.sha256(article.text()), result);
  }
}
