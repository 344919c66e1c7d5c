package org.vigie.geo.internal;

import java.util.Set;

/**
 * The consonant skeleton of a place name, the same for its Arabic spelling and its Latin
 * transliterations: «الفاشر», "El Fasher" and "Al Fāshir" are all {@code fSr}. Arabic script writes
 * no short vowels and transliterations disagree on them, so only consonants are kept, letters that
 * transliterations confuse are merged (ص/س → s, ق/ك → k, ث/ت → t), the article al-/el- is dropped,
 * long vowels (ا, و, ي inside a word) and the ʿayn are dropped, and doubled letters are written
 * once. Keys are folded ({@link org.vigie.text.Fold#key}) names; the skeleton is empty when nothing
 * is left to compare.
 */
public final class ArabicSkeleton {
  private static final Set<String> LATIN_ARTICLES =
      Set.of(
          "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "en", "ez",
          "ech", "ej", "l");

  private ArabicSkeleton() {}

  /** True for a key written in Arabic letters. */
  public static boolean isArabic(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '\u0621' && c <= '\u064a') {
        return true;
      }
    }
    return false;
  }

  /** The skeleton of a folded Arabic name (one or more words). */
  public static String ofArabic(String key) {
    StringBuilder b = new StringBuilder();
    for (String word : key.split(" ")) {
      String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        boolean last = i == w.length() - 1;
        char s =
            switch (c) {
              case 'ب' -> 'b';
              case 'ت', 'ث', 'ط' -> 't';
              case 'ج' -> 'j';
              case 'ح' -> 'h';
              case 'خ' -> 'x';
              case 'د', 'ذ', 'ض' -> 'd';
              case 'ر' -> 'r';
              case 'ز', 'ظ' -> 'z';
              case 'س', 'ص' -> 's';
              case 'ش' -> 'S';
              case 'غ' -> 'g';
              case 'ف' -> 'f';
              case 'ق', 'ك' -> 'k';
              case 'ل' -> 'l';
              case 'م' -> 'm';
              case 'ن' -> 'n';
              case 'ه' -> last ? 0 : 'h'; // a final ta marbuta (folded to ه) is a vowel
              case 'و' -> i == 0 ? 'w' : 0;
              case 'ي' -> i == 0 ? 'y' : 0;
              default -> 0; // alef, hamza, ʿayn
            };
        append(b, s);
      }
    }
    return b.toString();
  }

  /** The skeleton of a folded Latin name: "el fasher" → {@code fSr}. */
  public static String ofLatin(String key) {
    String[] words = key.split(" ");
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (k < words.length - 1 && LATIN_ARTICLES.contains(w)) {
        continue;
      }
      // the article glued with a hyphen is already a word of its own in a folded key
      int n = w.length();
      for (int i = 0; i < n; i++) {
        char c = w.charAt(i);
        char next = i + 1 < n ? w.charAt(i + 1) : 0;
        char s;
        if (c == 's' && next == 'c' && i + 2 < n && w.charAt(i + 2) == 'h') {
          s = 'S';
          i += 2;
        } else if ((c == 's' || c == 'c') && next == 'h') {
          s = 'S';
          i++;
        } else if (c == 'k' && next == 'h') {
          s = 'x';
          i++;
        } else if (c == 'g' && next == 'h') {
          s = 'g';
          i++;
        } else if ((c == 't' || c == 'd' || c == 'p') && next == 'h') {
          s = c == 'p' ? 'f' : c;
          i++;
        } else if (c == 'd' && next == 'j') {
          s = 'j';
          i++;
        } else {
          s =
              switch (c) {
                case 'b', 'p' -> 'b';
                case 't' -> 't';
                case 'd' -> 'd';
                case 'j' -> 'j';
                case 'h' -> i == n - 1 ? 0 : 'h';
                case 'k', 'q', 'c' -> 'k';
                case 'g' -> 'g';
                case 'f', 'v' -> 'f';
                case 'l' -> 'l';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case 'r' -> 'r';
                case 's' -> 's';
                case 'z' -> 'z';
                case 'x' -> 'k';
                case 'w' -> i == 0 ? 'w' : 0;
                case 'y' -> i == 0 ? 'y' : 0;
                default -> 0; // vowels, apostrophes, digits
              };
        }
        append(b, s);
      }
    }
    return b.toString();
  }

  private static void append(StringBuilder b, char s) {
    if (s != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != s)) {
      b.append(s);
    }
  }
}
