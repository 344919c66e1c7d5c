package org.vigie.store.jdbc;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words text search matches: folded (lower case, accents and Arabic diacritics removed, Arabic
 * letter variants unified) and split on anything that is not a letter or digit. A hyphenated word
 * ({@code al-Shabaab}, {@code Sud-Kivu}) is indexed whole and by its parts; an Arabic word with the
 * article {@code ال} also without it. A query matches an event holding every one of its words.
 */
final class SearchTerms {
  /** Longer words are cut: an index key, not a document. */
  static final int MAX_LENGTH = 40;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String ARABIC_ARTICLE = "ال";

  private SearchTerms() {}

  /** Lower case, no accents or diacritics, one spelling per Arabic letter variant. */
  static String fold(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char ch = d.charAt(i);
      switch (ch) {
        case 'ـ' -> {} // tatweel: elongation only
        case 'ى' -> out.append('ي');
        case 'ة' -> out.append('ه');
        case 'ß' -> out.append("ss");
        case 'ø' -> out.append('o');
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ł' -> out.append('l');
        case 'ı' -> out.append('i');
        case '’', 'ʼ', '‘' -> out.append('\'');
        default -> out.append(ch);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Every term of a text, for the index: words, hyphenated words whole and in parts. */
  static Set<String> ofText(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    for (String word : words(fold(text))) {
      add(out, word);
      if (word.indexOf('-') > 0) {
        for (String part : word.split("-")) {
          add(out, part);
        }
      }
    }
    return out;
  }

  /**
   * The terms an event must hold to match a query: its words, a hyphenated word whole (so {@code
   * al-Shabaab} asks for that compound, {@code Shabaab} for the part), an Arabic word without its
   * article (the index holds both forms).
   */
  static Set<String> ofQuery(String query) {
    Set<String> out = new LinkedHashSet<>();
    if (query == null) {
      return out;
    }
    for (String word : words(fold(query))) {
      String t = trim(stripArticle(word));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static void add(Set<String> out, String word) {
    String t = trim(word);
    if (t.isEmpty()) {
      return;
    }
    out.add(t);
    String bare = trim(stripArticle(word));
    if (!bare.equals(t)) {
      out.add(bare);
    }
  }

  private static String stripArticle(String word) {
    return word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1
        ? word.substring(ARABIC_ARTICLE.length())
        : word;
  }

  private static String trim(String t) {
    return t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) : t;
  }

  /** Runs of letters and digits, joined by single inner hyphens. */
  private static Set<String> words(String folded) {
    Set<String> out = new LinkedHashSet<>();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n) {
        char ch = folded.charAt(i);
        if (Character.isLetterOrDigit(ch)) {
          i++;
        } else if (ch == '-' && i + 1 < n && Character.isLetterOrDigit(folded.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) {
        out.add(folded.substring(start, i));
      }
    }
    return out;
  }
}
