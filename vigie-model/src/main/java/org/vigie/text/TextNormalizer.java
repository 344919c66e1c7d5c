package org.vigie.text;

/**
 * Normalises article text for matching while keeping an offset map: typographic spaces (U+00A0,
 * U+202F, thin spaces) become plain spaces, quotes and dashes one form each, Arabic punctuation and
 * digits their ASCII forms; tatweel, Arabic diacritics, zero-width characters and soft hyphens are
 * removed. Letters keep their case and accents (tokens fold them), so most characters map one to
 * one.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static NormalizedText normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char m = normalizeChar(c);
      if (m == 0) {
        continue;
      }
      map[b.length()] = i;
      b.append(m);
    }
    map[b.length()] = text.length();
    int[] trimmed = new int[b.length() + 1];
    System.arraycopy(map, 0, trimmed, 0, b.length() + 1);
    return new NormalizedText(text, b.toString(), trimmed);
  }

  static char normalizeChar(char c) {
    if (c >= '\u064b' && c <= '\u065f' || c == '\u0670') {
      return 0; // harakat, shadda, sukun, dagger alef
    }
    switch (c) {
      case '\u00a0':
      case '\u202f':
      case '\u2007':
      case '\u2009':
      case '\u200a':
      case '\u2002':
      case '\u2003':
      case '\u3000':
      case '\t':
        return ' ';
      case '\u00ab':
      case '\u00bb':
      case '\u201c':
      case '\u201d':
      case '\u201e':
      case '\u2033':
        return '"';
      case '\u060c': // Arabic comma
        return ',';
      case '\u061b':
        return ';';
      case '\u061f':
        return '?';
      case '\u066b': // Arabic decimal separator
        return '.';
      case '\u066c': // Arabic thousands separator
        return ',';
      case '\u06d4': // Arabic full stop
        return '.';
      case '\u2026':
        return '.';
      default:
        char m = Fold.mapChar(c);
        if (m == '\u064a' || m == '\u0647' || m == '\u0643' || m == '\u0627') {
          return c; // letter variants are unified by Fold on tokens, not here
        }
        return m;
    }
  }
}
