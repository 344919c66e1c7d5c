package org.vigie.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Forms of a folded Arabic word without the proclitics a lexicon entry does not carry: the
 * conjunctions و and ف, the prepositions ب ل ك, and the article ال (with لل for ل + ال). Non-Arabic
 * words have one form, themselves. Stems shorter than two letters are not offered, so short words
 * are not stripped to nothing.
 */
public final class ArabicClitics {
  private ArabicClitics() {}

  public static List<String> variants(String w) {
    if (w.isEmpty() || !isArabic(w.charAt(0))) {
      return List.of(w);
    }
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String s = w;
    if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 3) {
      s = s.substring(1);
      out.add(s);
    }
    if (s.startsWith("لل") && s.length() > 4) {
      String stem = s.substring(2);
      out.add("ال" + stem);
      out.add(stem);
      return out;
    }
    if ((s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك")) && s.length() > 3) {
      String t = s.substring(1);
      if (t.startsWith("ال") || s.length() > 4) {
        out.add(t);
        s = t;
      }
    }
    if (s.startsWith("ال") && s.length() > 3) {
      out.add(s.substring(2));
    }
    return out;
  }

  static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06ff';
  }
}
