package org.vigie.extract.event;

import java.util.List;
import java.util.function.IntPredicate;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.Token;

/**
 * Clause structure of one sentence segment without a parser: boundaries are punctuation (, ; : ( )
 * and quotes) and the language's clause words ({@code scope=clause}: "qui", "lorsque", "which",
 * "عندما"). A word belongs to the trigger group nearest to it, each boundary in between counting as
 * several words and a trigger ahead of the word counting double, so a date or a place attaches to
 * the event of its own clause.
 */
final class Clauses {
  private static final int BOUNDARY_COST = 6;

  /**
   * A word between two events' triggers leans to the earlier one: a complement follows its verb
   * ("arrested the head of the camp in Idleb following accusations", "killed 3 people and wounded
   * 5"), and in Arabic the subject does too.
   */
  private static final int FORWARD_COST = 2;

  private final int start;
  private final int[] boundariesBefore;

  Clauses(Annotations a, int[] seg, List<Match> inSentence) {
    this.start = seg[0];
    int n = seg[1] - seg[0];
    boolean[] isBoundary = new boolean[n];
    List<Token> tokens = a.text().tokens();
    for (int k = seg[0]; k < seg[1]; k++) {
      String s = tokens.get(k).surface();
      if (s.equals(",")
          || s.equals(";")
          || s.equals(":")
          || s.equals("(")
          || s.equals(")")
          || s.equals("\"")) {
        isBoundary[k - seg[0]] = true;
      }
    }
    for (Match m : inSentence) {
      if ("clause".equals(m.get("scope")) && m.from() >= seg[0] && m.from() < seg[1]) {
        isBoundary[m.from() - seg[0]] = true;
      }
    }
    boundariesBefore = new int[n + 1];
    for (int k = 0; k < n; k++) {
      boundariesBefore[k + 1] = boundariesBefore[k] + (isBoundary[k] ? 1 : 0);
    }
  }

  boolean boundaryBetween(int from, int to) {
    return count(from, to) > 0;
  }

  private int count(int from, int to) {
    int a = Math.max(0, Math.min(from, to) - start);
    int b = Math.max(0, Math.max(from, to) - start);
    a = Math.min(a, boundariesBefore.length - 1);
    b = Math.min(b, boundariesBefore.length - 1);
    return boundariesBefore[b] - boundariesBefore[a];
  }

  int distance(int token, List<Match> group) {
    int best = Integer.MAX_VALUE;
    for (Match t : group) {
      int d;
      if (token < t.from()) {
        d = FORWARD_COST * (t.from() - token) + BOUNDARY_COST * count(token, t.from());
      } else if (token >= t.to()) {
        d = token - t.to() + 1 + BOUNDARY_COST * count(t.to(), token);
      } else {
        d = 0;
      }
      best = Math.min(best, d);
    }
    return best;
  }

  /** Tokens whose nearest group is group {@code g}. */
  IntPredicate owner(List<List<Match>> groups, int g) {
    if (groups.size() == 1) {
      return k -> true;
    }
    return k -> {
      int mine = distance(k, groups.get(g));
      for (int o = 0; o < groups.size(); o++) {
        if (o != g) {
          int other = distance(k, groups.get(o));
          if (other < mine || other == mine && o < g) {
            return false;
          }
        }
      }
      return true;
    };
  }
}
