package org.vigie.cli.input;

import java.time.LocalDate;

/**
 * What the command line says about the articles it reads ({@code --published}, {@code --lang},
 * {@code --url}, {@code --outlet}); any field may be null. A plain file takes them as they are; a
 * web page or a corpus line keeps its own values and takes these only where it has none, except
 * that an explicit option overrides what a web page's metadata says.
 */
public record ArticleDefaults(LocalDate published, String language, String url, String outlet) {

  public static final ArticleDefaults NONE = new ArticleDefaults(null, null, null, null);

  static String pick(String preferred, String fallback) {
    return preferred != null && !preferred.isBlank() ? preferred : fallback;
  }

  static LocalDate pick(LocalDate preferred, LocalDate fallback) {
    return preferred != null ? preferred : fallback;
  }
}
