package org.vigie.model;

import java.time.LocalDate;

/**
 * One article as read from a source. {@code published} and {@code language} may be null (unknown);
 * {@code text} is the decoded text every evidence offset points into.
 */
public record Article(
    String id,
    String text,
    LocalDate published,
    String language,
    String url,
    String outlet,
    String title) {

  public Article {
    if (text == null) {
      throw new IllegalArgumentException("article text is null");
    }
  }

  public static Article of(String id, String text) {
    return new Article(id, text, null, null, null, null, null);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, text, date, language, url, outlet, title);
  }

  public Article withLanguage(String lang) {
    return new Article(id, text, published, lang, url, outlet, title);
  }
}
