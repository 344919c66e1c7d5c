package org.vigie.extract.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Finds quantities: digit groups with any thousands separator ("43 799", "41,615", "96.359",
 * Arabic-Indic digits already folded), number words composed additively and by multipliers ("vingt
 * et un", "two hundred", "ثلاثة"), vague quantities from the lexicon, and the qualifier that
 * precedes them ("at least", "au moins", "نحو").
 */
public final class NumberParser {
  private NumberParser() {}

  public static List<NumberMention> parse(TokenizedText tt, List<Match> lex) {
    List<Token> tokens = tt.tokens();
    String norm = tt.text().normalized();
    Map<Integer, Match> quantityAt = new HashMap<>();
    Map<Integer, Match> qualifierEndingAt = new HashMap<>();
    for (Match m : lex) {
      if (m.category().equals("quantities")) {
        quantityAt.merge(m.from(), m, (a, b) -> a.length() >= b.length() ? a : b);
      } else if (m.category().equals("qualifiers")) {
        qualifierEndingAt.merge(m.to(), m, (a, b) -> a.length() >= b.length() ? a : b);
      }
    }
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      int from = i;
      Long value = null;
      boolean vague = false;
      String qualifier = null;
      if (t.isNumber()) {
        StringBuilder digits = new StringBuilder(t.fold());
        int j = i + 1;
        while (j < tokens.size()) {
          Token prev = tokens.get(j - 1);
          Token next = tokens.get(j);
          if (next.isNumber()
              && next.fold().length() == 3
              && next.nStart() == prev.nEnd() + 1
              && norm.charAt(prev.nEnd()) == ' '
              && digits.length() <= 3) {
            digits.append(next.fold());
            j++;
          } else if ((next.surface().equals(",") || next.surface().equals("."))
              && next.nStart() == prev.nEnd()
              && j + 1 < tokens.size()
              && tokens.get(j + 1).isNumber()
              && tokens.get(j + 1).fold().length() == 3
              && tokens.get(j + 1).nStart() == next.nEnd()) {
            digits.append(tokens.get(j + 1).fold());
            j += 2;
          } else {
            break;
          }
        }
        if (digits.length() > 12) {
          i = j;
          continue;
        }
        value = Long.parseLong(digits.toString());
        i = j;
      } else if (quantityAt.containsKey(i)) {
        long total = 0;
        long cur = 0;
        boolean any = false;
        int j = i;
        while (j < tokens.size()) {
          Match q = quantityAt.get(j);
          if (q == null) {
            // allow "et"/"and"/"و" between two number words: "vingt et un"
            if (any
                && j + 1 < tokens.size()
                && quantityAt.containsKey(j + 1)
                && isJoiner(tokens.get(j))) {
              j++;
              continue;
            }
            break;
          }
          if (q.entry().has("vague")) {
            if (!any) {
              vague = !q.entry().has("value");
              if (q.entry().has("value")) {
                cur = Long.parseLong(q.get("value"));
              }
              qualifier = q.get("qualifier");
              any = true;
              j = q.to();
            }
            break;
          }
          long v = Long.parseLong(q.get("value"));
          if (v == 100) {
            cur = (cur == 0 ? 1 : cur) * 100;
          } else if (v >= 1000) {
            total += (cur == 0 ? 1 : cur) * v;
            cur = 0;
          } else {
            cur += v;
          }
          any = true;
          j = q.to();
        }
        if (!any) {
          i++;
          continue;
        }
        value = vague ? null : total + cur;
        i = j;
      } else {
        i++;
        continue;
      }
      Match qual = qualifierEndingAt.get(from);
      int start = from;
      if (qual != null) {
        qualifier = qual.get("qualifier");
        start = qual.from();
      }
      if (qualifier == null) {
        qualifier = "exact";
      }
      out.add(new NumberMention(start, i, value, qualifier, vague));
    }
    return out;
  }

  private static boolean isJoiner(Token t) {
    String f = t.fold();
    return f.equals("et") || f.equals("and") || f.equals("و") || f.equals("-");
  }
}
