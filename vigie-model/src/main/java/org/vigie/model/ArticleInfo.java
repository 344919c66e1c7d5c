package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code article} block of the output contract. {@code publishedBasis} is {@code given}, {@code
 * latest-date-in-text} or {@code none}. {@code text} is only present with --with-text.
 */
public record ArticleInfo(
    String id,
    String url,
    String outlet,
    @JsonInclude(JsonInclude.Include.NON_NULL) String title,
    String language,
    String published,
    String publishedBasis,
    String sha256,
    int length,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

  public ArticleInfo withText(String t) {
    return new ArticleInfo(
        id, url, outlet, title, language, published, publishedBasis, sha256, length, t);
  }
}
