package org.vigie.extract.parse;

import java.util.ArrayList;
import java.util.List;
import org.vigie.extract.actor.ActorMention;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Finds reporting frames ("a déclaré", "said", "أفاد", "selon", "according to"), claims of
 * responsibility ("a revendiqué", "claimed", "تبنى"), denials and confirmations, and their speaker:
 * the actor just before the verb, or just after it when the verb is post-posed ("…», a déclaré le
 * groupe", "said the army") or the language puts the verb first ("قال الجيش"), or the source noun
 * nearby ("une source sécuritaire", "witnesses").
 */
public final class FrameFinder {
  private static final int WINDOW = 4;

  private FrameFinder() {}

  public static List<Frame> find(TokenizedText tt, List<Match> lex, List<ActorMention> actors) {
    List<Token> tokens = tt.tokens();
    List<Match> sources = new ArrayList<>();
    List<Match> verbs = new ArrayList<>();
    for (Match m : lex) {
      if (!m.category().equals("reporting")) {
        continue;
      }
      if ("source".equals(m.get("kind"))) {
        sources.add(m);
      } else {
        verbs.add(m);
      }
    }
    List<Frame> out = new ArrayList<>();
    for (Match v : verbs) {
      int sentence = tokens.get(v.from()).sentence();
      String kind = v.get("kind");
      if ("source-cue".equals(kind)) {
        kind = "report";
      }
      if ("accuse".equals(kind)) {
        out.add(accusation(actors, v, tokens, sentence));
        continue;
      }
      boolean after =
          "after".equals(v.get("speaker"))
              || v.from() > 0 && isQuoteOrComma(tokens.get(v.from() - 1))
              || "source-cue".equals(v.get("kind"));
      ActorMention speaker = after ? actorAfter(actors, v, tokens) : actorBefore(actors, v, tokens);
      if (speaker == null) {
        speaker = after ? actorBefore(actors, v, tokens) : actorAfter(actors, v, tokens);
      }
      Match source = nearestSource(sources, v, tokens);
      if (speaker != null && speaker.actor() != null) {
        out.add(
            new Frame(
                v.from(),
                v.to(),
                kind,
                speaker.actor(),
                speaker.from(),
                speaker.to(),
                source == null ? null : source.get("name"),
                sentence));
      } else {
        out.add(
            new Frame(
                v.from(),
                v.to(),
                kind,
                null,
                -1,
                -1,
                source == null ? null : source.get("name"),
                sentence));
      }
    }
    return out;
  }

  /** The accuser stands before the verb, the accused right after it ("X accuse Y d'avoir…"). */
  private static Frame accusation(
      List<ActorMention> actors, Match v, List<Token> tokens, int sentence) {
    ActorMention accuser;
    ActorMention accused;
    if ("after".equals(v.get("speaker"))) {
      // verb first: «اتهم الجيش الدعم السريع», the accuser then the accused
      accuser = actorAfter(actors, v, tokens);
      accused = accuser == null ? null : actorAfterToken(actors, accuser.to(), v, tokens);
    } else {
      accuser = actorBefore(actors, v, tokens);
      accused = actorAfter(actors, v, tokens);
    }
    return new Frame(
        v.from(),
        v.to(),
        "report",
        accuser == null ? null : accuser.actor(),
        accuser == null ? -1 : accuser.from(),
        accuser == null ? -1 : accuser.to(),
        null,
        sentence,
        accused == null ? null : accused.actor(), // null for "l'armée du Mali": resolved later
        accused == null ? -1 : accused.from(),
        accused == null ? -1 : accused.to());
  }

  private static ActorMention actorAfterToken(
      List<ActorMention> actors, int from, Match v, List<Token> tokens) {
    for (ActorMention a : actors) {
      if (a.from() >= from
          && a.from() - from <= WINDOW
          && tokens.get(a.from()).sentence() == tokens.get(v.from()).sentence()) {
        return a;
      }
    }
    return null;
  }

  /**
   * The subject before the verb: the nearest actor within a few words, not counting an apposition
   * between commas ("Les Houthis, soutenus par l'Iran, ont revendiqué"), and never the agent of
   * such an apposition ("par l'Iran").
   */
  private static ActorMention actorBefore(List<ActorMention> actors, Match v, List<Token> tokens) {
    ActorMention best = null;
    for (ActorMention a : actors) {
      if (a.to() <= v.from()
          && gapWithoutApposition(tokens, a.to(), v.from()) <= WINDOW
          && tokens.get(a.from()).sentence() == tokens.get(v.from()).sentence()
          && !insideApposition(tokens, a, v.from())) {
        best = a;
      }
    }
    return best;
  }

  /** Words between {@code from} and {@code to}, less a ", …," apposition among them. */
  private static int gapWithoutApposition(List<Token> tokens, int from, int to) {
    int gap = to - from;
    if (from < to
        && ",".equals(tokens.get(from).surface())
        && ",".equals(tokens.get(to - 1).surface())) {
      return 0;
    }
    return gap;
  }

  /** An actor between two commas right before the verb: ", soutenu par l'Iran, a revendiqué". */
  private static boolean insideApposition(List<Token> tokens, ActorMention a, int verb) {
    return a.to() == verb - 1 && Appositions.enclosed(tokens, a.from(), a.to(), 6);
  }

  private static ActorMention actorAfter(List<ActorMention> actors, Match v, List<Token> tokens) {
    for (ActorMention a : actors) {
      if (a.from() >= v.to()
          && a.from() - v.to() <= WINDOW
          && tokens.get(a.from()).sentence() == tokens.get(v.from()).sentence()) {
        return a;
      }
    }
    return null;
  }

  private static Match nearestSource(List<Match> sources, Match v, List<Token> tokens) {
    Match best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Match s : sources) {
      if (tokens.get(s.from()).sentence() != tokens.get(v.from()).sentence()) {
        continue;
      }
      int gap = s.from() >= v.to() ? s.from() - v.to() : v.from() - s.to();
      if (gap >= 0 && gap <= WINDOW + 2 && gap < bestGap) {
        best = s;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean isQuoteOrComma(Token t) {
    String s = t.surface();
    return s.equals(",") || s.equals("\"");
  }
}
