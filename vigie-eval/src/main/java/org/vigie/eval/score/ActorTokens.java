package org.vigie.eval.score;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The actor rule of SCORING.md §4: a name is lower-cased, stripped of accents, punctuation becomes
 * spaces, and the words the, of, in, al, el, and are dropped; two names match when one token set
 * contains the other and they share at least one token. Nothing more (no Arabic letter folding, no
 * stemming): the rule is what the printed numbers mean.
 */
public final class ActorTokens {
  private static final Set<String> STOP_WORDS = Set.of("the", "of", "in", "al", "el", "and");

  private ActorTokens() {}

  /** The token set of a name, id or evidence text; empty for null. */
  public static Set<String> tokens(String s) {
    Set<String> out = new LinkedHashSet<>();
    if (s == null) {
      return out;
    }
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); ) {
      int cp = nfd.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue; // accents and Arabic short vowels
      }
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(cp);
      } else {
        b.append(' ');
      }
    }
    for (String t : b.toString().toLowerCase(Locale.ROOT).split(" +")) {
      if (!t.isEmpty() && !STOP_WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when one token set contains the other and they have at least one token in common. */
  public static boolean matches(String predicted, String gold) {
    Set<String> p = tokens(predicted);
    Set<String> g = tokens(gold);
    if (p.isEmpty() || g.isEmpty()) {
      return false;
    }
    return p.containsAll(g) || g.containsAll(p);
  }

  /** True when any predicted text matches any gold name. */
  public static boolean anyMatches(Collection<String> predicted, Collection<String> gold) {
    for (String p : predicted) {
      for (String g : gold) {
        if (matches(p, g)) {
          return true;
        }
      }
    }
    return false;
  }
}
