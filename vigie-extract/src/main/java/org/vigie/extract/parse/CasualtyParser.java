package org.vigie.extract.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Pairs casualty words with the figures that count them: a noun looks back first ("43 799 morts",
 * "two civilians and one perpetrator were killed" sums a coordinated list), a verb looks ahead
 * first ("killing 5", "مقتل 5", "tuant au moins trois"). Figures that are ages, distances or dates,
 * or that a subset cue introduces ("dont", "including", "بينهم"), are not counts. A bare figure
 * followed by a source ("13 selon un autre") is another report of the same kind.
 */
public final class CasualtyParser {
  private static final int WINDOW = 3;
  private static final int BEHIND_WINDOW = 5;

  private CasualtyParser() {}

  public static List<CasualtyMention> parse(
      TokenizedText tt, List<Match> lex, List<NumberMention> numbers, List<TimeMention> times) {
    List<Token> tokens = tt.tokens();
    Set<Integer> inTime = new HashSet<>();
    for (TimeMention t : times) {
      for (int k = t.from(); k < t.to(); k++) {
        inTime.add(k);
      }
    }
    Set<Integer> unitStarts = new HashSet<>();
    Set<Integer> subsetEnds = new HashSet<>();
    Set<Integer> sourceStarts = new HashSet<>();
    List<Match> terms = new ArrayList<>();
    for (Match m : lex) {
      switch (m.category()) {
        case "units" -> unitStarts.add(m.from());
        case "scope" -> {
          if ("subset".equals(m.get("scope"))) {
            subsetEnds.add(m.to());
          }
        }
        case "reporting" -> {
          if ("source-cue".equals(m.get("kind")) || "report".equals(m.get("kind"))) {
            sourceStarts.add(m.from());
          }
        }
        case "casualties" -> terms.add(m);
        default -> {}
      }
    }
    List<NumberMention> usable = new ArrayList<>();
    Set<Integer> designatorEnds = new HashSet<>();
    for (Match m : lex) {
      if (m.category().equals("scope") && "designator".equals(m.get("scope"))) {
        designatorEnds.add(m.to());
      }
    }
    for (NumberMention n : numbers) {
      if (!n.hasValue() && !n.vague()) {
        continue;
      }
      if (designatorEnds.contains(n.from())) {
        continue; // "brigade 444", "Route 6": a name, not a count
      }
      if (inTime.contains(n.to() - 1) || isUnitAfter(tokens, n.to(), unitStarts)) {
        continue;
      }
      usable.add(n);
    }
    // "a tué" also holds the word "tué": only the longest casualty phrase counts
    terms.removeIf(
        t ->
            terms.stream()
                .anyMatch(
                    o ->
                        o != t
                            && o.from() <= t.from()
                            && o.to() >= t.to()
                            && o.to() - o.from() > t.to() - t.from()));
    boolean[] transparent = subsetPhrases(tokens, lex);
    usable.removeIf(n -> transparent[n.from()]);
    List<CasualtyMention> out = new ArrayList<>();
    Set<NumberMention> used = new HashSet<>();
    for (Match term : terms) {
      String kind = term.get("kind");
      int sentence = tokens.get(term.from()).sentence();
      if (term.entry().has("zero")) {
        for (String k : kind.split(",")) {
          out.add(new CasualtyMention(term.from(), term.to(), k, 0, "exact", false, sentence));
        }
        continue;
      }
      if (term.entry().has("count")) {
        // a word that carries its own number: Arabic duals ("قتيلين"), "a civilian was killed"
        out.add(
            new CasualtyMention(
                term.from(),
                term.to(),
                kind,
                term.entry().getInt("count", 1),
                "exact",
                false,
                sentence));
        continue;
      }
      boolean verb = "verb".equals(term.get("pos"));
      List<NumberMention> found =
          verb
              ? ahead(usable, used, term, tokens)
              : behind(usable, used, term, tokens, transparent);
      if (found.isEmpty()) {
        found =
            verb
                ? behind(usable, used, term, tokens, transparent)
                : ahead(usable, used, term, tokens);
      }
      if (found.isEmpty()) {
        if (verb && singularObject(tokens, term.to())) {
          // "shot and killed Colonel X", "killing the driver": one person
          out.add(
              new CasualtyMention(term.from(), term.to() + 1, kind, 1, "exact", false, sentence));
        }
        continue;
      }
      used.addAll(found);
      boolean subset = subsetEnds.contains(found.get(0).from());
      int from = Math.min(term.from(), found.get(0).from());
      int to = Math.max(term.to(), found.get(found.size() - 1).to());
      boolean vague = found.stream().anyMatch(NumberMention::vague);
      Integer value = vague ? null : (int) found.stream().mapToLong(NumberMention::value).sum();
      String qualifier = found.get(0).qualifier();
      out.add(new CasualtyMention(from, to, kind, value, qualifier, subset, sentence));
    }
    // elliptic second reports: "12 morts selon un habitant, 13 selon un autre"
    for (NumberMention n : usable) {
      if (used.contains(n) || !n.hasValue() || !sourceStarts.contains(n.to())) {
        continue;
      }
      int sentence = tokens.get(n.from()).sentence();
      CasualtyMention sameSentence = null;
      for (CasualtyMention c : out) {
        if (c.sentence() == sentence && c.to() <= n.from() && c.value() != null) {
          sameSentence = c;
        }
      }
      if (sameSentence != null) {
        out.add(
            new CasualtyMention(
                n.from(),
                n.to(),
                sameSentence.kind(),
                n.value().intValue(),
                n.qualifier(),
                false,
                sentence));
        used.add(n);
      }
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }

  /** The verb's object is one person: an article or a name, not a plural noun. */
  private static boolean singularObject(List<Token> tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return false;
    }
    Token t = tokens.get(k);
    String f = t.fold();
    if (f.equals("a") || f.equals("an") || f.equals("un") || f.equals("une")) {
      return true;
    }
    if (f.equals("the") || f.equals("le") || f.equals("la") || f.equals("l'")) {
      if (k + 1 >= tokens.size() || !tokens.get(k + 1).isWord()) {
        return false;
      }
      String next = tokens.get(k + 1).fold();
      return !next.endsWith("s") && !next.endsWith("x");
    }
    return t.capitalized() && tokens.get(k - 1).sentence() == t.sentence();
  }

  private static boolean isUnitAfter(List<Token> tokens, int k, Set<Integer> unitStarts) {
    if (unitStarts.contains(k)) {
      return true;
    }
    return k < tokens.size() && tokens.get(k).surface().equals("-") && unitStarts.contains(k + 1);
  }

  /** Figures ending at most WINDOW words before the term, with a coordinated list summed. */
  /**
   * Tokens of a subset phrase (", including 15 assailants,", "(dont 5 enfants)"): a figure inside
   * is no count of its own, and the phrase does not separate a count from its noun.
   */
  private static boolean[] subsetPhrases(List<Token> tokens, List<Match> lex) {
    boolean[] t = new boolean[tokens.size() + 1];
    for (Match m : lex) {
      if (!m.category().equals("scope") || !"subset".equals(m.get("scope"))) {
        continue;
      }
      int from = m.from();
      if (from > 0 && isOpening(tokens.get(from - 1))) {
        from--;
      }
      int k = m.to();
      while (k < tokens.size() && k - m.to() < 8 && tokens.get(k).kind() != Token.Kind.PUNCT) {
        k++;
      }
      if (k < tokens.size() && isClosing(tokens.get(k))) {
        k++;
      }
      for (int i = from; i < k; i++) {
        t[i] = true;
      }
    }
    return t;
  }

  private static boolean isOpening(Token t) {
    return t.surface().equals(",") || t.surface().equals("(");
  }

  private static boolean isClosing(Token t) {
    return t.surface().equals(",") || t.surface().equals(")");
  }

  private static List<NumberMention> behind(
      List<NumberMention> numbers,
      Set<NumberMention> used,
      Match term,
      List<Token> tokens,
      boolean[] transparent) {
    List<NumberMention> out = new ArrayList<>();
    int limit = term.from();
    for (int k = numbers.size() - 1; k >= 0; k--) {
      NumberMention n = numbers.get(k);
      if (n.to() > limit || used.contains(n)) {
        continue;
      }
      int gap = limit - n.to() - count(transparent, n.to(), limit);
      if (gap > BEHIND_WINDOW || hasBreak(tokens, n.to(), limit, transparent)) {
        break;
      }
      out.add(0, n);
      limit = n.from();
      // keep collecting only across a coordination: "X civils et Y soldats"
      if (limit == 0 || !coordinationBefore(tokens, numbers, k, limit)) {
        break;
      }
    }
    return out;
  }

  private static boolean coordinationBefore(
      List<Token> tokens, List<NumberMention> numbers, int k, int limit) {
    if (k == 0) {
      return false;
    }
    NumberMention prev = numbers.get(k - 1);
    for (int t = prev.to(); t < limit; t++) {
      String f = tokens.get(t).fold();
      if (f.equals("and") || f.equals("et") || f.equals("و") || f.equals(",")) {
        return limit - prev.to() <= BEHIND_WINDOW + 1;
      }
    }
    return false;
  }

  private static List<NumberMention> ahead(
      List<NumberMention> numbers, Set<NumberMention> used, Match term, List<Token> tokens) {
    for (NumberMention n : numbers) {
      if (n.from() < term.to() || used.contains(n)) {
        continue;
      }
      if (n.from() - term.to() > WINDOW
          || hasBreak(tokens, term.to(), n.from(), new boolean[tokens.size() + 1])
          || conjunctionBetween(tokens, term.to(), n.from())) {
        return List.of();
      }
      return List.of(n);
    }
    return List.of();
  }

  private static int count(boolean[] transparent, int from, int to) {
    int c = 0;
    for (int k = from; k < to; k++) {
      if (transparent[k]) {
        c++;
      }
    }
    return c;
  }

  /** "killed and 100 others were wounded": the figure after "and" counts the next clause. */
  private static boolean conjunctionBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String f = tokens.get(k).fold();
      if (f.equals("and") || f.equals("et") || f.equals("while") || f.equals("tandis")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBreak(List<Token> tokens, int from, int to, boolean[] transparent) {
    for (int k = from; k < to; k++) {
      if (transparent[k]) {
        continue;
      }
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.surface().equals("-") && !t.surface().equals("'")) {
        return true;
      }
      if (t.isNumber()) {
        return true;
      }
    }
    return false;
  }
}
