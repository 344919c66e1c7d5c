package org.vigie.extract.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.vigie.extract.actor.ActorMention;
import org.vigie.extract.lexicon.Match;
import org.vigie.geo.ResolvedPlace;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Keeps the place mentions that name where something happened: a capital used for its government
 * ("le soutien de Washington", "the regime of Tel Aviv", marked {@code metonym} in the demonym
 * files) is dropped unless a locative preposition introduces it ("à Washington"), and so is a
 * common phrase capitalised only because it opens a sentence ("La nouvelle attaque").
 *
 * <p>A one-word name that resolves to a minor place in a country the article has no other tie to is
 * dropped too, unless a locative introduces it. Gazetteers carry alternate names that are common
 * words of some language ("Bilan" for a Turkish town, «كامل» "complete" for an Iranian one, «سلطات»
 * "authorities" for a Moroccan one); an article about Mali that really names a small Ukrainian town
 * would also name Ukraine, a Ukrainian actor, or say "in" before it. The article's countries are
 * those of its actors and of the places it names that carry their own evidence (countries, admin
 * areas, names of several words, names after a locative).
 */
public final class PlaceFilter {
  private PlaceFilter() {}

  /** Places of at least this population stand on their own, wherever the article is. */
  static final long MAJOR_PLACE = 1_000_000;

  /**
   * @param actors the article's actor mentions: a place inside one names the actor ("United States
   *     air force", "Tripoli Revolutionaries Brigade"), not where it acts
   * @param actorCountries countries of the article's actors (ISO alpha-2)
   * @param neighbours the land neighbours of a country: a town across the border of the article's
   *     country is in context (the Golan for an article about Israel and Lebanon)
   */
  public static List<ResolvedPlace> filter(
      TokenizedText tt,
      List<Match> lex,
      List<ResolvedPlace> places,
      List<ActorMention> actors,
      Set<String> actorCountries,
      Function<String, Set<String>> neighbours) {
    List<ResolvedPlace> out = new ArrayList<>(places.size());
    for (ResolvedPlace p : places) {
      if (isMetonym(lex, p) && !locativeBefore(tt, lex, p) && !inAddress(tt, places, p)) {
        continue;
      }
      if (sentenceInitialPhrase(tt, p) || isVocabulary(lex, p) || insideActor(actors, p)) {
        continue;
      }
      out.add(p);
    }
    out.removeIf(p -> outsideItsContainer(tt, out, p));
    Set<String> context = new HashSet<>(actorCountries);
    Set<ResolvedPlace> alone = new HashSet<>();
    for (ResolvedPlace p : out) {
      if (p.place() != null && p.place().country() != null && standsAlone(tt, lex, p)) {
        alone.add(p);
        context.add(p.place().country());
      }
    }
    if (context.isEmpty()) {
      return out;
    }
    for (String c : List.copyOf(context)) {
      context.addAll(neighbours.apply(c));
    }
    out.removeIf(
        p ->
            p.place() != null
                && p.place().country() != null
                && !context.contains(p.place().country())
                && !alone.contains(p));
    return out;
  }

  /** A place whose mention is evidence enough by itself, whatever else the article names. */
  private static boolean standsAlone(TokenizedText tt, List<Match> lex, ResolvedPlace p) {
    return p.place().isCountry()
        || p.place().isAdmin()
        || p.place().population() >= MAJOR_PLACE
        || p.endToken() - p.firstToken() > 1
        || locativeBefore(tt, lex, p);
  }

  /**
   * A place written before the larger place that contains it ("Thor village, Thies subdivision",
   * "Abr Badr area (Tuban, Lahij)", "Sidi Bernoussi in Casablanca", "Ayn Zarah (Tripoli)") must lie
   * in that place's country: a homonym abroad is a name the gazetteer lacks, and the container
   * stands for it.
   */
  private static boolean outsideItsContainer(
      TokenizedText tt, List<ResolvedPlace> places, ResolvedPlace p) {
    if (p.place() == null || p.place().country() == null || p.place().isCountry()) {
      return false;
    }
    String chainCountry = null;
    String firstContainer = null;
    ResolvedPlace cur = p;
    for (int hop = 0; hop < 4; hop++) {
      ResolvedPlace q = containerAfter(tt, places, cur);
      if (q == null || q.place() == null || q.place().country() == null) {
        break;
      }
      if (q.place().isCountry()) {
        chainCountry = q.place().country();
        break;
      }
      if (firstContainer == null
          && (q.place().isAdmin() || q.place().population() >= MAJOR_CONTAINER)) {
        firstContainer = q.place().country();
      }
      cur = q;
    }
    String country = chainCountry != null ? chainCountry : firstContainer;
    return country != null && !country.isEmpty() && !country.equals(p.place().country());
  }

  private static final long MAJOR_CONTAINER = 100_000;

  /** The place named right after {@code p} across a comma, a bracket or "in". */
  private static ResolvedPlace containerAfter(
      TokenizedText tt, List<ResolvedPlace> places, ResolvedPlace p) {
    List<Token> tokens = tt.tokens();
    int k = p.endToken();
    // skip a kind of place written after the name: "Thor village", "Badr area"
    while (k < tokens.size()
        && k - p.endToken() < 2
        && tokens.get(k).isWord()
        && !tokens.get(k).capitalized()
        && !tokens.get(k).caseless()) {
      k++;
    }
    if (k >= tokens.size() || !isContainerLink(tokens.get(k).surface())) {
      return null;
    }
    for (ResolvedPlace q : places) {
      if (q != p && q.firstToken() > k && q.firstToken() - k <= 2) {
        // "Tinzaouatene, near Algeria": a place near, not around, the first
        return q.relation() == null && !"relative".equals(q.basis()) ? q : null;
      }
    }
    return null;
  }

  private static boolean isContainerLink(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case ",", "(", "،", "in", "à", "dans", "في" -> true;
      default -> false;
    };
  }

  /** Vocabulary words of the language: "Military" opening a sentence is not an airfield. */
  private static final Set<String> NOT_VOCABULARY = Set.of("demonyms", "organisations");

  private static boolean isVocabulary(List<Match> lex, ResolvedPlace p) {
    for (Match m : lex) {
      if (!NOT_VOCABULARY.contains(m.category())
          && m.from() <= p.firstToken()
          && m.to() >= p.endToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideActor(List<ActorMention> actors, ResolvedPlace p) {
    for (ActorMention a : actors) {
      if (a.kind() == ActorMention.Kind.DEMONYM || a.kind() == ActorMention.Kind.ANAPHOR) {
        continue; // "Mogadishu" standing for its government is the metonym rule's business
      }
      boolean covers = a.from() <= p.firstToken() && a.to() >= p.endToken();
      boolean longer = a.to() - a.from() > p.endToken() - p.firstToken();
      // "FLA" (the Azawad front, not Florida), "FAMa" (the Malian army, not a Burkinabè village):
      // a name of the registry read as a whole is the actor
      if (covers && (longer || a.kind() == ActorMention.Kind.NAMED)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place written as part of an address, next to another place across a comma or a bracket:
   * "Darkheynley neighborhood, Mogadishu, Somalia", "Abu Salim (Tripoli)".
   */
  private static boolean inAddress(TokenizedText tt, List<ResolvedPlace> places, ResolvedPlace p) {
    List<Token> tokens = tt.tokens();
    int before = p.firstToken() - 1;
    int after = p.endToken();
    boolean punctBefore = before >= 0 && isAddressPunct(tokens.get(before).surface());
    boolean punctAfter = after < tokens.size() && isAddressPunct(tokens.get(after).surface());
    if (before >= 0
        && "(".equals(tokens.get(before).surface())
        && after < tokens.size()
        && (")".equals(tokens.get(after).surface()) || ",".equals(tokens.get(after).surface()))) {
      return true; // "Abu Salim (Tripoli)", "Kibera (Kibra, Nairobi)": the container in brackets
    }
    for (ResolvedPlace o : places) {
      if (o == p) {
        continue;
      }
      if (punctBefore && o.endToken() <= before && before - o.endToken() <= 2) {
        return true;
      }
      if (punctAfter && o.firstToken() == after + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAddressPunct(String s) {
    return s.equals(",") || s.equals("(") || s.equals("،");
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

  private static boolean locativeBefore(TokenizedText tt, List<Match> lex, ResolvedPlace p) {
    int token = p.firstToken();
    Token first = tt.tokens().get(token);
    // an Arabic preposition glued to the name: «بالجزيرة», «وبمدينة»
    int gluedLength = p.start() - first.start();
    String glued =
        gluedLength > 0 && gluedLength < first.surface().length()
            ? first.surface().substring(0, gluedLength)
            : "";
    if (glued.endsWith("ب") || glued.endsWith("بال")) {
      return true;
    }
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
