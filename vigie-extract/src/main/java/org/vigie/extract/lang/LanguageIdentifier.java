package org.vigie.extract.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detects the language of an article with Lingua, built for a small set of languages only (the
 * supported ones plus a few frequent others, so that a Spanish article is recognised as Spanish and
 * refused, not misread as French). Models load lazily, on first use.
 */
public final class LanguageIdentifier {
  private final LanguageDetector detector;

  public LanguageIdentifier(List<String> isoCodes) {
    List<Language> langs = new ArrayList<>();
    for (String code : isoCodes) {
      for (Language l : Language.values()) {
        if (l != Language.UNKNOWN && l.getIsoCode639_1().toString().equalsIgnoreCase(code)) {
          langs.add(l);
        }
      }
    }
    this.detector =
        LanguageDetectorBuilder.fromLanguages(langs.toArray(new Language[0]))
            .withLowAccuracyMode()
            .build();
  }

  /** ISO 639-1 code of the text's language, or null when it cannot be told. */
  public String detect(String text) {
    String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
    Language l = detector.detectLanguageOf(sample);
    if (l == Language.UNKNOWN) {
      return null;
    }
    return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
