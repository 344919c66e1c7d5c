package org.vigie.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a word or name to the form lexicons and gazetteers are keyed by: lower case, no accents or
 * combining marks, Arabic letter variants unified (alef with hamza or madda to bare alef, alef
 * maqsura to ya, ta marbuta to ha, Persian kaf and ya to Arabic), no tatweel, ASCII digits, one
 * apostrophe and one hyphen. The same function runs on article tokens and on lexicon entries, so
 * both sides meet.
 */
public final class Fold {
  private Fold() {}

  /** Folds one token or a whole name; keeps spaces and punctuation as they are. */
  public static String fold(CharSequence s) {
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      char m = mapChar(c);
      if (m == 0) {
        continue;
      }
      switch (m) {
        case 'œ' -> b.append("oe");
        case 'æ' -> b.append("ae");
        case 'ß' -> b.append("ss");
        default -> b.append(Character.toLowerCase(m));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The key of a multi-word name: folded words joined by single spaces, punctuation (hyphens,
   * apostrophes, dots, quotes) treated as a word break. "Umm Al-Rashrash" and "umm al rashrash"
   * share a key.
   */
  public static String key(CharSequence s) {
    String f = fold(s);
    StringBuilder b = new StringBuilder(f.length());
    boolean space = true;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') {
      b.setLength(n - 1);
    }
    return b.toString();
  }

  /**
   * Maps one character after NFD decomposition; returns 0 to drop it. Kept separate so the
   * offset-keeping {@link TextNormalizer} applies exactly the same letter mapping.
   */
  static char mapChar(char c) {
    switch (c) {
      case '\u0640': // tatweel
      case '\u200b':
      case '\u200c':
      case '\u200d':
      case '\u200e':
      case '\u200f':
      case '\u00ad':
      case '\ufeff':
        return 0;
      case '\u0649': // alef maqsura
      case '\u06cc': // Persian ya
        return '\u064a';
      case '\u0629': // ta marbuta
        return '\u0647';
      case '\u0671': // alef wasla
        return '\u0627';
      case '\u06a9': // Persian kaf
        return '\u0643';
      case '\u2019':
      case '\u2018':
      case '\u02bc':
      case '\u2032':
      case '`':
      case '\u00b4':
        return '\'';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2212':
        return '-';
      default:
        if (c >= '\u0660' && c <= '\u0669') {
          return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06f0' && c <= '\u06f9') {
          return (char) ('0' + (c - '\u06f0'));
        }
        return c;
    }
  }
}
