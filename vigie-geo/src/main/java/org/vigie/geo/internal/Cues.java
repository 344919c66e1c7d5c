package org.vigie.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.text.Fold;

/**
 * The language knowledge the recognizer uses, read from {@code cues/<lang>.tsv}: one cue a line,
 * {@code kind <TAB> phrase <TAB> value}. Phrases are stored as arrays of {@link Fold#key} words so
 * they meet article tokens. Kinds: locative, feature, feature-after, admin, admin-after, direction,
 * near, area, unit, connector, conjunction, facility, stop, proclitic, article.
 */
public final class Cues {
  /** One cue phrase with its value (a bearing, a unit factor, feature codes…). */
  public record Cue(String kind, String[] words, String value, String lang) {}

  public static final List<String> LANGS = List.of("fr", "en", "ar");

  private final Map<String, Map<String, List<Cue>>> byLangKind = new HashMap<>();
  private final Map<String, List<Cue>> allByKind = new HashMap<>();
  private final Set<String> stops = new HashSet<>();
  private final Set<String> connectors = new HashSet<>();
  private final Set<String> conjunctions = new HashSet<>();
  private final Set<String> facilities = new HashSet<>();
  private final List<String> proclitics = new ArrayList<>();
  private final List<String> articles = new ArrayList<>();
  private final Set<String> adminWords = new HashSet<>();
  private final Set<String> cueWords = new HashSet<>();
  private final Set<String> latinArticles = new HashSet<>();
  private final Set<String> articleCountries = new HashSet<>();
  private final Set<String> regionCountries = new HashSet<>();

  private Cues() {}

  /** Loads the bundled cue files of every language Vigie reads. */
  public static Cues loadDefault() {
    Cues c = new Cues();
    for (String lang : LANGS) {
      try (InputStream in =
          Cues.class.getResourceAsStream("/org/vigie/geo/cues/" + lang + ".tsv")) {
        if (in != null) {
          c.read(lang, in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Map<String, List<Cue>> m : c.byLangKind.values()) {
      for (List<Cue> l : m.values()) {
        c.indexes.put(l, new CueIndex(l));
      }
    }
    for (List<Cue> l : c.allByKind.values()) {
      c.indexes.put(l, new CueIndex(l));
    }
    return c;
  }

  /**
   * One cue list indexed by first word, last word, and (single-word cues) word, each to the
   * positions of its cues in the list, ascending: a match can only be among them.
   */
  public static final class CueIndex {
    private static final int[] NONE = new int[0];
    private final List<Cue> cues;
    private final Map<String, int[]> byFirst = new HashMap<>();
    private final Map<String, int[]> byLast = new HashMap<>();
    private final Map<String, int[]> singles = new HashMap<>();

    CueIndex(List<Cue> cues) {
      this.cues = cues;
      for (int i = 0; i < cues.size(); i++) {
        String[] w = cues.get(i).words();
        add(byFirst, w[0], i);
        add(byLast, w[w.length - 1], i);
        if (w.length == 1) {
          add(singles, w[0], i);
        }
      }
    }

    private static void add(Map<String, int[]> m, String word, int i) {
      int[] old = m.get(word);
      int[] v = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
      v[v.length - 1] = i;
      m.put(word, v);
    }

    public Cue get(int i) {
      return cues.get(i);
    }

    /** Positions of the cues whose first word is this one. */
    public int[] firstWord(String word) {
      return byFirst.getOrDefault(word, NONE);
    }

    /** Positions of the cues whose last word is this one. */
    public int[] lastWord(String word) {
      return byLast.getOrDefault(word, NONE);
    }

    /** Positions of the one-word cues that are this word. */
    public int[] single(String word) {
      return singles.getOrDefault(word, NONE);
    }
  }

  private final Map<List<Cue>, CueIndex> indexes = new java.util.IdentityHashMap<>();
  private static final CueIndex EMPTY_INDEX = new CueIndex(List.of());

  /** {@link #of} indexed by word; built once at load. */
  public CueIndex indexOf(String kind, String lang) {
    CueIndex i = indexes.get(of(kind, lang));
    return i == null ? EMPTY_INDEX : i;
  }

  private void read(String lang, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String kind = f[0].strip();
      String phrase = f.length > 1 ? f[1].strip() : "";
      String value = f.length > 2 ? f[2].strip() : "";
      String key = Fold.key(phrase);
      switch (kind) {
        case "proclitic" -> proclitics.add(Fold.fold(phrase));
        case "article" -> articles.add(Fold.fold(phrase));
        case "latin-article" -> latinArticles.add(Fold.key(phrase));
        case "article-country" -> articleCountries.add(phrase.toUpperCase(java.util.Locale.ROOT));
        case "region-country" -> regionCountries.add(phrase.toUpperCase(java.util.Locale.ROOT));
        default -> {
          if (key.isEmpty()) {
            continue;
          }
          Cue cue = new Cue(kind, key.split(" "), value, lang);
          byLangKind
              .computeIfAbsent(lang, k -> new HashMap<>())
              .computeIfAbsent(kind, k -> new ArrayList<>())
              .add(cue);
          allByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(cue);
          // a facility word after a capitalised name ("Royal Street") keeps it a longer name
          if (!kind.equals("stop") && !kind.equals("facility") && !kind.equals("conjunction")) {
            cueWords.addAll(java.util.Arrays.asList(cue.words()));
          }
          if (kind.equals("stop")) {
            stops.add(key);
          } else if (kind.equals("connector")) {
            connectors.add(key);
          } else if (kind.equals("conjunction")) {
            conjunctions.add(key);
          } else if (kind.equals("facility")) {
            facilities.add(key);
          } else if (kind.equals("admin") || kind.equals("admin-after")) {
            adminWords.add(key);
          }
        }
      }
    }
    // longest phrases first, so "au nord-est de" wins over "est"
    for (List<Cue> l : byLangKind.getOrDefault(lang, Map.of()).values()) {
      l.sort((a, b) -> b.words().length - a.words().length);
    }
    for (List<Cue> l : allByKind.values()) {
      l.sort((a, b) -> b.words().length - a.words().length);
    }
  }

  /** Cues of a kind for a language, or of every language when the language has none. */
  public List<Cue> of(String kind, String lang) {
    Map<String, List<Cue>> m = lang == null ? null : byLangKind.get(lang);
    if (m == null) {
      return allByKind.getOrDefault(kind, List.of());
    }
    return m.getOrDefault(kind, List.of());
  }

  public boolean isStop(String key) {
    return stops.contains(key);
  }

  /**
   * True for a word that is a stop word once a proclitic is taken off: «وأن» "and that" is «أن»,
   * not the Arabic name of Van.
   */
  public boolean isStopBehindProclitic(String key) {
    for (String p : proclitics) {
      if (key.length() > p.length() + 1
          && key.startsWith(p)
          && stops.contains(key.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True for any word of a cue phrase (province, airport, north…), in any language. */
  public boolean isCueWord(String key) {
    return cueWords.contains(key);
  }

  public boolean isConnector(String key) {
    return connectors.contains(key);
  }

  /**
   * "and", "or", "et": the word before the last item of a list ("Washington, New York and Boston").
   */
  public boolean isConjunction(String key) {
    return conjunctions.contains(key);
  }

  /**
   * A word that makes a name a street, building or site ("Royal Street", "Alder Hey Children's
   * Hospital"), which the gazetteer does not hold.
   */
  public boolean isFacility(String key) {
    return facilities.contains(key);
  }

  /** Folded one-letter Arabic proclitics (و ف ب ل ك), to strip from a glued token. */
  public List<String> proclitics() {
    return proclitics;
  }

  /** Folded definite articles (ال). */
  public List<String> articles() {
    return articles;
  }

  /** Romanised articles ("al", "el") that names of places in {@link #articleCountries} drop. */
  public Set<String> latinArticles() {
    return latinArticles;
  }

  /** Countries whose romanised names carry the Arabic article. */
  public Set<String> articleCountries() {
    return articleCountries;
  }

  /** Countries where an Arabic-script name needs no cue word (the Arabic-speaking region). */
  public Set<String> regionCountries() {
    return regionCountries;
  }

  /** Keys of the words that name an admin level ("province", "محافظه"), every language. */
  public Set<String> adminWords() {
    return adminWords;
  }
}
