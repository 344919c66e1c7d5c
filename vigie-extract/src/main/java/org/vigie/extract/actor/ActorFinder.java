package org.vigie.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Finds actor mentions: registry aliases (also written with stray spaces), force nouns with a
 * nationality ("armée israélienne", "Ethiopian security forces", "الجيش الإسرائيلي"), nationalities
 * and countries used as actors, anaphors ("le groupe", "the militia", "الفصائل") resolved to the
 * salient actor before them, and named organisations the registry lacks (kept, flagged).
 */
public final class ActorFinder {
  private static final int FORCE_WINDOW = 3;
  private final ActorRegistry registry;

  public ActorFinder(ActorRegistry registry) {
    this.registry = registry;
  }

  public List<ActorMention> find(TokenizedText tt, List<Match> lex, List<Match> registryMatches) {
    List<Token> tokens = tt.tokens();
    boolean[] taken = new boolean[tokens.size() + 1];
    List<ActorMention> out = new ArrayList<>();
    List<Match> demonyms = new ArrayList<>();
    List<Match> forces = new ArrayList<>();
    List<Match> anaphors = new ArrayList<>();
    List<Match> orgWords = new ArrayList<>();
    for (Match m : lex) {
      switch (m.category()) {
        case "demonyms" -> demonyms.add(m);
        case "forces" -> forces.add(m);
        case "anaphora" -> anaphors.add(m);
        case "organisations" -> orgWords.add(m);
        default -> {}
      }
    }
    // 1. registry aliases, longest first; a generic state force of the registry ("security
    // forces", "قوات الأمن") is a force noun whose country comes from a nationality or the article
    List<Match> named = new ArrayList<>(registryMatches);
    named.sort(Comparator.comparingInt(Match::length).reversed());
    for (Match m : named) {
      if (free(taken, m.from(), m.to())) {
        Actor a = registry.byId(m.get("id"));
        if (a == null) {
          continue;
        }
        if (a.isGeneric() && a.isStateForce()) {
          String kind = a.type().equals("state police") ? "police" : "military";
          forces.add(
              new Match(
                  new org.vigie.extract.lexicon.LexiconEntry(
                      m.entry().phrase(),
                      m.entry().tokens(),
                      "forces",
                      java.util.Map.of("kind", kind)),
                  m.from(),
                  m.to()));
          continue;
        }
        out.add(new ActorMention(m.from(), m.to(), a, ActorMention.Kind.NAMED, null));
        mark(taken, m.from(), m.to());
      }
    }
    compactAliases(tokens, taken, out);
    // 2. forces, with the nationality next to them
    forces.sort(Comparator.comparingInt(Match::length).reversed());
    for (Match f : forces) {
      if (!free(taken, f.from(), f.to())) {
        continue;
      }
      ActorMention owner = namedJustBefore(out, f);
      if (owner != null) {
        // "SSPDF soldiers", "Hezbollah fighters": the force noun is that actor's
        out.remove(owner);
        out.add(new ActorMention(owner.from(), f.to(), owner.actor(), owner.kind(), null));
        mark(taken, f.from(), f.to());
        continue;
      }
      Match dem = nearestDemonym(demonyms, f, tokens, taken);
      String kind = f.get("kind") == null ? "military" : f.get("kind");
      if (dem != null) {
        int from = Math.min(f.from(), dem.from());
        int to = Math.max(f.to(), dem.to());
        Actor a = registry.stateActor(dem.get("country"), kind);
        out.add(new ActorMention(from, to, a, ActorMention.Kind.FORCE, kind));
        mark(taken, from, to);
      } else {
        out.add(new ActorMention(f.from(), f.to(), null, ActorMention.Kind.FORCE, kind));
        mark(taken, f.from(), f.to());
      }
    }
    for (Match d : demonyms) {
      if (free(taken, d.from(), d.to()) && !d.entry().has("weak")) {
        Actor a = registry.stateActor(d.get("country"), "government");
        out.add(new ActorMention(d.from(), d.to(), a, ActorMention.Kind.DEMONYM, null));
        mark(taken, d.from(), d.to());
      }
    }
    for (Match an : anaphors) {
      if (free(taken, an.from(), an.to())) {
        out.add(
            new ActorMention(an.from(), an.to(), null, ActorMention.Kind.ANAPHOR, an.get("kind")));
        mark(taken, an.from(), an.to());
      }
    }
    unregistered(tokens, orgWords, taken, out);
    out.sort(Comparator.comparingInt(ActorMention::from));
    return resolveAnaphors(out);
  }

  /** "Hez bollah", "H a m a s": consecutive short words whose concatenation is a known alias. */
  private void compactAliases(List<Token> tokens, boolean[] taken, List<ActorMention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i] || !tokens.get(i).isWord()) {
        continue;
      }
      StringBuilder b = new StringBuilder(tokens.get(i).fold());
      for (int j = i + 1; j < Math.min(tokens.size(), i + 8); j++) {
        Token t = tokens.get(j);
        if (taken[j] || t.sentence() != tokens.get(i).sentence()) {
          break;
        }
        if (t.kind() == Token.Kind.PUNCT) {
          if (t.surface().equals("-") || t.surface().equals(".") || t.surface().equals("_")) {
            continue;
          }
          break;
        }
        b.append(t.fold());
        if (b.length() > 30) {
          break;
        }
        String id = registry.compactAlias(b.toString());
        Actor found = id == null ? null : registry.byId(id);
        if (found != null && found.isGeneric() && found.isStateForce()) {
          break; // "security forces" is a force noun, handled with its nationality
        }
        if (id != null) {
          out.add(new ActorMention(i, j + 1, registry.byId(id), ActorMention.Kind.NAMED, null));
          mark(taken, i, j + 1);
          break;
        }
      }
    }
  }

  private static ActorMention namedJustBefore(List<ActorMention> named, Match f) {
    for (ActorMention m : named) {
      if (m.kind() == ActorMention.Kind.NAMED && m.to() == f.from()) {
        return m;
      }
    }
    return null;
  }

  private static Match nearestDemonym(
      List<Match> demonyms, Match force, List<Token> tokens, boolean[] taken) {
    Match best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Match d : demonyms) {
      if (!free(taken, d.from(), d.to()) || d.entry().has("metonym")) {
        continue;
      }
      int gap;
      if (d.from() >= force.to()) {
        gap = d.from() - force.to();
      } else if (d.to() <= force.from()) {
        gap = force.from() - d.to();
      } else {
        continue;
      }
      if (gap <= FORCE_WINDOW
          && sameSentence(tokens, force.from(), d.from())
          && gap < bestGap
          && !punctuationBetween(tokens, force, d)) {
        best = d;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean punctuationBetween(List<Token> tokens, Match a, Match b) {
    int from = Math.min(a.to(), b.to());
    int to = Math.max(a.from(), b.from());
    for (int k = from; k < to; k++) {
      if (tokens.get(k).kind() == Token.Kind.PUNCT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Capitalised word runs holding an organisation word ("Ogaden National Liberation Front",
   * "Brigades Al-Nasser Salah al-Din") that no registry alias covers.
   */
  private void unregistered(
      List<Token> tokens, List<Match> orgWords, boolean[] taken, List<ActorMention> out) {
    for (Match w : orgWords) {
      if (!free(taken, w.from(), w.to())) {
        continue;
      }
      Token head = tokens.get(w.from());
      if (!head.capitalized() && !head.caseless()) {
        continue;
      }
      int from = w.from();
      while (from > 0 && isNamePart(tokens.get(from - 1), taken, from - 1)) {
        from--;
      }
      int to = w.to();
      int limit = Math.min(tokens.size(), w.to() + 6);
      while (to < limit && isNamePart(tokens.get(to), taken, to)) {
        to++;
      }
      while (to > w.to() && isConnector(tokens.get(to - 1))) {
        to--;
      }
      while (from < w.from() && isConnector(tokens.get(from))) {
        from++;
      }
      if (to - from < 2) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        if (name.length() > 0
            && t.kind() != Token.Kind.PUNCT
            && tokens.get(k - 1).kind() != Token.Kind.PUNCT) {
          name.append(' ');
        }
        name.append(t.surface());
      }
      String id =
          "unregistered:"
              + name.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
      Actor a = new Actor(id, name.toString(), "non-state armed group", "", false);
      out.add(new ActorMention(from, to, a, ActorMention.Kind.UNREGISTERED, null));
      mark(taken, from, to);
    }
  }

  private static boolean isNamePart(Token t, boolean[] taken, int index) {
    if (taken[index]) {
      return false;
    }
    if (t.isWord()) {
      return t.capitalized() || isConnector(t);
    }
    return t.surface().equals("-");
  }

  private static boolean isConnector(Token t) {
    String f = t.fold();
    return f.equals("of")
        || f.equals("for")
        || f.equals("de")
        || f.equals("du")
        || f.equals("des")
        || f.equals("la")
        || f.equals("the")
        || f.equals("al")
        || f.equals("el")
        || f.equals("-")
        || f.equals("pour")
        || f.equals("and")
        || f.equals("et");
  }

  /**
   * Anaphors take the most recent actor of the right family before them: "le groupe" a non-state
   * group, "l'armée" without a nationality the last state force.
   */
  private static List<ActorMention> resolveAnaphors(List<ActorMention> sorted) {
    List<ActorMention> out = new ArrayList<>(sorted.size());
    for (ActorMention m : sorted) {
      if (m.kind() == ActorMention.Kind.ANAPHOR) {
        Actor target = null;
        for (int k = out.size() - 1; k >= 0 && target == null; k--) {
          Actor a = out.get(k).actor();
          if (a != null && fits(m.forceKind(), a)) {
            target = a;
          }
        }
        out.add(m.resolved(target));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean fits(String kind, Actor a) {
    if (kind == null || kind.equals("group")) {
      return !a.isStateForce() && !a.type().equals("civilians") && !a.type().equals("state");
    }
    if (kind.equals("state")) {
      return a.type().startsWith("state");
    }
    return a.isStateForce();
  }

  private static boolean sameSentence(List<Token> tokens, int a, int b) {
    return tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      taken[k] = true;
    }
  }
}
