package org.vigie.extract.parse;

import java.util.ArrayList;
import java.util.List;
import org.vigie.extract.lexicon.Match;
import org.vigie.geo.ResolvedPlace;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Keeps the place mentions that name where something happened: a capital used for its government
 * ("le soutien de Washington", "the regime of Tel Aviv", marked {@code metonym} in the demonym
 * files) is dropped unless a locative preposition introduces it ("à Washington"), and so is a
 * common phrase capitalised only because it opens a sentence ("La nouvelle attaque").
 */
public final class PlaceFilter {
  private PlaceFilter() {}

  public static List<ResolvedPlace> filter(
      TokenizedText tt, List<Match> lex, List<ResolvedPlace> places) {
    List<ResolvedPlace> out = new ArrayList<>(places.size());
    for (ResolvedPlace p : places) {
      if (isMetonym(lex, p) && !locativeBefore(lex, p.firstToken())) {
        continue;
      }
      if (sentenceInitialPhrase(tt, p)) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  private static boolean isMetonym(List<Match> lex, ResolvedPlace p) {
    for (Match m : lex) {
      if (m.category().equals("demonyms")
          && m.entry().has("metonym")
          && m.from() <= p.firstToken()
          && m.to() >= p.endToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean locativeBefore(List<Match> lex, int token) {
    for (Match m : lex) {
      if (m.category().equals("scope")
          && "locative".equals(m.get("scope"))
          && m.to() <= token
          && token - m.to() <= 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceInitialPhrase(TokenizedText tt, ResolvedPlace p) {
    if (p.endToken() - p.firstToken() < 2) {
      return false;
    }
    Token first = tt.tokens().get(p.firstToken());
    boolean opensSentence =
        p.firstToken() == 0
            || tt.tokens().get(p.firstToken() - 1).sentence() != first.sentence()
            || "\"".equals(tt.tokens().get(p.firstToken() - 1).surface());
    if (!opensSentence || !first.capitalized() || first.surface().length() > 3) {
      return false;
    }
    Token second = tt.tokens().get(p.firstToken() + 1);
    return second.isWord() && !second.capitalized() && !second.caseless();
  }
}
