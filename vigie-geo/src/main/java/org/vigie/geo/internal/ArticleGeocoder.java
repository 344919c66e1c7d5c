package org.vigie.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Geocoder;
import org.vigie.geo.Place;
import org.vigie.geo.ResolvedPlace;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Recognises place names in an article (token n-grams that are gazetteer keys, filtered by case,
 * stop words and cue words) and resolves them jointly: the countries the article names or implies,
 * admin areas it names, feature words next to a name, population, and proximity to the other places
 * it names. Stateless between calls; the index and cues are read-only.
 */
public final class ArticleGeocoder implements Geocoder {
  private static final int MAX_CANDIDATES = 150;

  /** Score bonus of a reading in a country the article names (or of an admin area it names). */
  private static final double NAMED_COUNTRY = 2.0;

  /** Score bonus of a reading in a country given by the caller or implied by an adjective. */
  private static final double HINT_COUNTRY = 1.5;

  /**
   * A reading this important (a city of about a million, a capital), well above the name's next
   * reading, resists the article's context.
   */
  private static final double FAMOUS = 6.8;

  private static final double FAMOUS_GAP = 2.0;
  private static final double FAMOUS_BONUS = 2.0;

  /** Readings abroad below this importance fall back to the area named after them. */
  private static final double FALLBACK_IMPORTANCE = 5.0;

  /** The same for a name followed by its area ("Kara, Anambra"): only large cities stay. */
  private static final double CONTAINED_FALLBACK_IMPORTANCE = 6.5;

  /**
   * A town this much less important than a first-level area of the same name in its country loses
   * {@link #SMALL_HOMONYM_PENALTY}: "Wales", "Idaho" name the areas.
   */
  private static final double SMALL_HOMONYM_GAP = 1.5;

  private static final double SMALL_HOMONYM_PENALTY = 1.5;

  /**
   * A stop word that is also a large city's own name ("Houston", "Milan") is a place after a
   * locative cue ("in Houston") when that city is at least this important ("Wadi", another name of
   * El Oued, stays a word).
   */
  private static final double LOCATIVE_STOP_IMPORTANCE = 6.0;

  /** Bonus of an area reading after a word for a part of an area ("central Washington"). */
  private static final double PART_OF_AREA = 2.0;

  /** Bonus of a country or first-level area reading when another item of its list is one. */
  private static final double LIST_KIND = 1.5;

  /** Bonus of an area reading of "Y" in "X, Y" when it contains a reading of X. */
  private static final double CONTAINER_AREA = 2.0;

  private final PlaceIndex ix;
  private final Cues cues;

  public ArticleGeocoder(PlaceIndex ix, Cues cues) {
    this.ix = ix;
    this.cues = cues;
  }

  /** A recognised name and what the words around it say. */
  static final class Mention {
    int first;
    int end;
    int phraseFirst;
    int phraseEnd;
    String key;
    int[] cands;
    Set<String> featureCodes;
    List<String> adminCodes;
    boolean adminAfter;
    String relation;
    double bearing = Double.NaN;
    double distanceKm = Double.NaN;
    boolean area;
    boolean locative;
    boolean arabic;

    /** Found by its consonant skeleton, not by a name of the gazetteer. */
    boolean transliterated;

    int[] articleKeyHashes;
    int pick = -1;
    double margin;

    /** The mention right after this one that names its container ("X, Y state", "X (Y, Z)"). */
    Mention container;

    /** The mention right before this one when this one names its container. */
    Mention contents;

    /** Preceded by a word for a part of an area ("central", "northern"). */
    boolean partOfArea;

    /** The country of "the English city of" before the name, or null. */
    String adjectiveCountry;

    /** Read as an adjective of place ("English"): it says the country, not a named area. */
    boolean demonym;

    /** The other items of a list this mention is in ("California or Washington"), or empty. */
    List<Mention> siblings = List.of();

    /**
     * Importance of the readings that are first-level areas under this very name, by country and by
     * "CC.A1" code (computed on first use).
     */
    Map<String, Double> ownAdmins;

    /** Rejected as a piece of a longer capitalised name ("Mark Zuckerberg"). */
    boolean partOfName;

    /** The area named after a small homonym abroad: the point falls back to it, or -1. */
    int fallback = -1;
  }

  /** The words of an article as look-up units: word and number tokens with folded keys. */
  static final class Units {
    final int[] tok;
    final String[] key;
    final boolean[] joined;
    final int[] sentence;
    final int size;

    /** Units that continue a token ("s" of "Europe's") and cannot start a name. */
    final java.util.BitSet cont = new java.util.BitSet();

    Units(TokenizedText t) {
      List<Token> toks = t.tokens();
      int n = toks.size();
      int[] tk = new int[n];
      String[] k = new String[n];
      boolean[] j = new boolean[n];
      int[] s = new int[n];
      int u = 0;
      for (int i = 0; i < n; i++) {
        Token token = toks.get(i);
        if (!token.isWord() && !token.isNumber()) {
          continue;
        }
        String key = keyOfFolded(token.fold());
        if (key.isEmpty()) {
          continue;
        }
        boolean joinedToPrev = false;
        if (u > 0 && s[u - 1] == token.sentence() && tk[u - 1] != i) {
          joinedToPrev = true;
          for (int x = tk[u - 1] + 1; x < i; x++) {
            Token pt = toks.get(x);
            String p = pt.surface();
            // "Al-Rashrash", "U.S.": a hyphen, apostrophe or dot glued on both sides joins words;
            // a spaced dash ("Manila - Ahead") separates them
            Token before = toks.get(x - 1);
            boolean glued =
                before.nEnd() == pt.nStart()
                    && (pt.nEnd() == toks.get(x + 1).nStart()
                        // "St. Louis", "Mt. Kenya", "Ft. Worth": the dot of a short
                        // capitalised abbreviation
                        || (p.equals(".")
                            && before.isWord()
                            && before.capitalized()
                            && before.surface().length() <= 3));
            if (!(p.equals("-") || p.equals("'") || p.equals(".")) || !glued) {
              joinedToPrev = false;
              break;
            }
          }
        }
        // "Europe's", "N'Djamena": the apostrophe inside a token separates look-up words
        int sp = key.indexOf(' ');
        if (u + 1 > tk.length) {
          int cap = tk.length * 2 + 16;
          tk = Arrays.copyOf(tk, cap);
          k = Arrays.copyOf(k, cap);
          j = Arrays.copyOf(j, cap);
          s = Arrays.copyOf(s, cap);
        }
        if (sp < 0) {
          tk[u] = i;
          k[u] = key;
          j[u] = joinedToPrev;
          s[u] = token.sentence();
          u++;
        } else {
          String[] parts = key.split(" ");
          if (u + parts.length > tk.length) {
            int cap = tk.length * 2 + parts.length + 16;
            tk = Arrays.copyOf(tk, cap);
            k = Arrays.copyOf(k, cap);
            j = Arrays.copyOf(j, cap);
            s = Arrays.copyOf(s, cap);
          }
          for (int p = 0; p < parts.length; p++) {
            tk[u] = i;
            k[u] = parts[p];
            j[u] = p == 0 ? joinedToPrev : true;
            cont.set(u, p > 0);
            s[u] = token.sentence();
            u++;
          }
        }
      }
      tok = tk;
      key = k;
      joined = j;
      sentence = s;
      size = u;
    }

    /** {@link org.vigie.text.Fold#key} of an already folded token: punctuation to spaces. */
    private static String keyOfFolded(String f) {
      boolean clean = true;
      for (int i = 0; i < f.length() && clean; i++) {
        clean = Character.isLetterOrDigit(f.charAt(i));
      }
      return clean ? f : org.vigie.text.Fold.key(f);
    }

    boolean isNumber(int u) {
      return Character.isDigit(key[u].charAt(0));
    }
  }

  @Override
  public List<ResolvedPlace> annotate(TokenizedText text, String lang) {
    return annotate(text, lang, Set.of());
  }

  @Override
  public List<ResolvedPlace> annotate(TokenizedText text, String lang, Set<String> countryHints) {
    Units units = new Units(text);
    List<Mention> mentions = recognize(text, units, lang);
    resolve(text, mentions, hints(units, countryHints));
    List<ResolvedPlace> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      ResolvedPlace r = toResolved(text, m);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Resolves given character spans of the original text (e.g. gold toponyms) in the context of the
   * whole article: a span the recognizer found keeps its reading; any other span is looked up as a
   * name and resolved jointly with the article's other places; spans the gazetteer lacks are placed
   * by {@link GivenSpans}. Empty only when nothing matches and the article names no place.
   */
  @Override
  public List<Optional<ResolvedPlace>> resolveSpans(
      TokenizedText text, String lang, List<int[]> spans) {
    Units units = new Units(text);
    List<Mention> mentions = recognize(text, units, lang);
    Mention[] forSpan = new Mention[spans.size()];
    List<Mention> all = new ArrayList<>(mentions);
    for (int s = 0; s < spans.size(); s++) {
      int[] sp = spans.get(s);
      for (Mention m : mentions) {
        if (text.startOf(m.first) < sp[1] && text.endOf(m.end) > sp[0]) {
          forSpan[s] = m;
          break;
        }
      }
      if (forSpan[s] == null) {
        Mention f = forced(text, units, sp[0], sp[1], lang);
        if (f != null) {
          forSpan[s] = f;
          all.add(f);
        }
      }
    }
    all.sort((a, b) -> Integer.compare(a.first, b.first));
    resolve(text, all, hints(units, Set.of()));
    return new GivenSpans(ix, cues)
        .resolve(text, units, spans, forSpan, all, m -> toResolved(text, m));
  }

  @Override
  public Optional<Place> country(String iso2) {
    int i = ix.countryIndex(iso2);
    return i < 0 ? Optional.empty() : Optional.of(ix.place(i));
  }

  @Override
  public Gazetteer gazetteer() {
    return ix;
  }

  // ---------------------------------------------------------------- recognition

  /**
   * How many words from unit i (at most lim, first word written {@code first}) still begin some
   * key; at least 1.
   */
  private int prefixReach(Units u, int i, int lim, String first, StringBuilder b) {
    b.setLength(0);
    b.append(first);
    int len = 1;
    while (len < lim) {
      b.append(' ').append(u.key[i + len]);
      if (!ix.isKeyPrefix(b.toString())) {
        break;
      }
      len++;
    }
    return len;
  }

  private List<Mention> recognize(TokenizedText text, Units u, String lang) {
    List<Mention> out = new ArrayList<>();
    Set<String> nameParts = new HashSet<>();
    int maxN = ix.maxKeyTokens();
    StringBuilder b = new StringBuilder(64);
    for (int i = 0; i < u.size; ) {
      Mention found = null;
      if (!u.isNumber(i) && !u.cont.get(i)) {
        boolean arabicWord = isArabic(u.key[i]);
        List<String> variants = arabicWord ? cliticVariants(u.key[i]) : List.of();
        // only as many words as the longest key starting with this word (or its clitic-free form)
        int span = ix.spanFrom(u.key[i]);
        for (String v : variants) {
          span = Math.max(span, ix.spanFrom(v));
        }
        if (span == 1 && !arabicWord && !text.tokens().get(u.tok[i]).capitalized()) {
          span = 0; // a lower-case Latin word alone is never a name: no look-up at all
        }
        if (span > 1) {
          // and only as far as the words so far begin some key (in either form)
          int lim = Math.min(span, u.size - i);
          int reach = prefixReach(u, i, lim, u.key[i], b);
          for (String v : variants) {
            if (reach < lim) {
              reach = Math.max(reach, prefixReach(u, i, lim, v, b));
            }
          }
          span = reach;
        }
        for (int len = Math.min(span, u.size - i); len >= 1 && found == null; len--) {
          if (!joinedRun(u, i, len)) {
            continue;
          }
          b.setLength(0);
          for (int x = i; x < i + len; x++) {
            if (x > i) {
              b.append(' ');
            }
            b.append(u.key[x]);
          }
          String key = b.toString();
          int[] c = ix.postings(key);
          boolean stripped = false;
          boolean locativeClitic = false;
          if (c.length == 0 && arabicWord) {
            String rest = len > 1 ? key.substring(u.key[i].length()) : "";
            for (String v : variants) {
              int[] c2 = ix.postings(v + rest);
              if (c2.length > 0) {
                c = c2;
                key = v + rest;
                stripped = true;
                locativeClitic = u.key[i].length() > v.length() && startsWithLocative(u.key[i]);
                break;
              }
            }
          }
          boolean transliterated = false;
          if (c.length == 0 && arabicWord && len == 1 && i > 0 && placeNoun(u.key[i - 1])) {
            // an Arabic spelling the gazetteer lacks: the places whose Latin names sound alike
            for (String v : cliticFirst(u.key[i], variants)) {
              String sk = ArabicSkeleton.ofArabic(v);
              int[] c2 = sk.length() >= MIN_SKELETON ? ix.skeletonPostings(sk) : PlaceIndex.NONE;
              if (c2.length > 0) {
                c = c2;
                key = v;
                transliterated = true;
                locativeClitic = u.key[i].length() > v.length() && startsWithLocative(u.key[i]);
                break;
              }
            }
          }
          if (c.length == 0) {
            continue;
          }
          Mention m = new Mention();
          m.first = u.tok[i];
          m.end = u.tok[i + len - 1] + 1;
          m.phraseFirst = m.first;
          m.phraseEnd = m.end;
          m.key = key;
          m.cands = c.length > MAX_CANDIDATES ? Arrays.copyOf(c, MAX_CANDIDATES) : c;
          m.arabic = isArabic(u.key[i]);
          m.transliterated = transliterated;
          lookAround(u, i, len, lang, m);
          boolean wordCue =
              m.locative || m.featureCodes != null || m.adminCodes != null || m.relation != null;
          m.locative |= locativeClitic;
          if (accept(text, u, i, len, m, stripped, wordCue, lang)) {
            found = m;
            i += len;
          } else if (m.partOfName && !m.arabic) {
            nameParts.add(m.key);
          }
        }
      }
      if (found != null) {
        out.add(found);
      } else {
        i++;
      }
    }
    if (!nameParts.isEmpty()) {
      // one sense per article: "Zuckerberg" alone after "Mark Zuckerberg" is the person
      out.removeIf(
          m ->
              nameParts.contains(m.key)
                  && isMinor(m)
                  && !m.locative
                  && m.featureCodes == null
                  && m.adminCodes == null
                  && m.relation == null);
    }
    return out;
  }

  /**
   * Folded Arabic nouns of a kind of place («مدينة», «بلدة», «مخيم»…): only after one is an unknown
   * Arabic word looked up by its sound, since "في" or "من" come before any noun.
   */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "مدينه", "بلده", "قريه", "مخيم", "معسكر", "منطقه", "حي", "ولايه", "محافظه", "ناحيه",
          "قضاء", "مديريه", "بلدات", "قري", "مدن", "مطار", "ميناء", "قاعده", "ضاحيه", "مخيمات");

  private static boolean placeNoun(String key) {
    if (PLACE_NOUNS.contains(key)) {
      return true;
    }
    // one proclitic: «بمدينة», «ومخيم», «لمنطقة»
    return key.length() > 2
        && "وبلفك".indexOf(key.charAt(0)) >= 0
        && PLACE_NOUNS.contains(key.substring(1));
  }

  /**
   * A place found only by how its name sounds must lie in a country the article is otherwise about
   * (its actors' countries, the places it names by their written names); its other readings are
   * dropped, and so is the mention when none is left.
   */
  private void keepSoundAlikesInContext(List<Mention> mentions, Set<String> hints) {
    if (mentions.stream().noneMatch(m -> m.transliterated)) {
      return;
    }
    Set<String> countries = new HashSet<>(hints);
    for (Mention m : mentions) {
      if (!m.transliterated && m.cands.length > 0) {
        countries.add(ix.place(m.cands[0]).country());
      }
    }
    mentions.removeIf(
        m -> {
          if (!m.transliterated) {
            return false;
          }
          m.cands =
              Arrays.stream(m.cands)
                  .filter(c -> countries.contains(ix.place(c).country()))
                  .toArray();
          return m.cands.length == 0;
        });
  }

  /** Shortest skeleton worth a look-up: two consonants match too many places. */
  private static final int MIN_SKELETON = 3;

  /** The word itself, then its clitic-free forms. */
  private static List<String> cliticFirst(String word, List<String> variants) {
    List<String> out = new ArrayList<>(variants.size() + 1);
    out.add(word);
    out.addAll(variants);
    return out;
  }

  private Mention forced(TokenizedText text, Units u, int start, int end, String lang) {
    int from = -1;
    int to = -1;
    for (int x = 0; x < u.size; x++) {
      Token t = text.tokens().get(u.tok[x]);
      if (t.start() >= start && t.start() < end) { // "Ukraine's" holds the span "Ukraine"
        if (from < 0) {
          from = x;
        }
        to = x + 1;
      }
    }
    if (from < 0) {
      return null;
    }
    while (from < to - 1 && cues.isConnector(u.key[from])) {
      from++; // "the Netherlands"
    }
    // longest prefix of the span that is a name
    for (int len = to - from; len >= 1; len--) {
      StringBuilder b = new StringBuilder();
      for (int x = from; x < from + len; x++) {
        if (x > from) {
          b.append(' ');
        }
        b.append(u.key[x]);
      }
      String key = b.toString();
      int dem = ix.demonymIndex(key);
      int[] c = dem >= 0 ? new int[] {dem} : ix.postings(key);
      if (c.length == 0 && isArabic(u.key[from])) {
        String rest = key.substring(u.key[from].length());
        for (String v : cliticVariants(u.key[from])) {
          c = ix.postings(v + rest);
          if (c.length > 0) {
            key = v + rest;
            break;
          }
        }
      }
      if (c.length > 0) {
        Mention m = new Mention();
        m.first = u.tok[from];
        m.end = u.tok[from + len - 1] + 1;
        m.phraseFirst = m.first;
        m.phraseEnd = m.end;
        m.key = key;
        m.cands = c.length > MAX_CANDIDATES ? Arrays.copyOf(c, MAX_CANDIDATES) : c;
        m.arabic = isArabic(u.key[from]);
        m.demonym = dem >= 0;
        lookAround(u, from, len, lang, m);
        return m;
      }
    }
    return null;
  }

  private static boolean joinedRun(Units u, int i, int len) {
    if (i + len > u.size) {
      return false;
    }
    for (int x = i + 1; x < i + len; x++) {
      if (!u.joined[x] && u.sentence[x] != u.sentence[i]) {
        return false;
      }
      if (!u.joined[x]) {
        return false;
      }
    }
    return true;
  }

  private boolean accept(
      TokenizedText text,
      Units u,
      int i,
      int len,
      Mention m,
      boolean stripped,
      boolean wordCue,
      String lang) {
    List<Token> toks = text.tokens();
    Token first = toks.get(u.tok[i]);
    Token last = toks.get(u.tok[i + len - 1]);
    if ((cues.isStop(m.key)
            || (len == 1 && (cues.isStop(u.key[i]) || cues.isStopBehindProclitic(u.key[i]))))
        && !(m.adminAfter && hasAdminCandidate(m))
        && !(len == 1
            && ix.isNameKey(m.key, m.cands[0])
            && ix.importance(m.cands[0]) >= LOCATIVE_STOP_IMPORTANCE
            && (m.locative || dateline(text, u, i) || areaAfterComma(text, u, i)))) {
      // "Bay" is a word, "Bay region" an area; "Houston" a name, "in Houston", "HOUSTON (AP)",
      // "Austin, Texas" the city
      return false;
    }
    int next = i + len;
    if (next < u.size
        && u.sentence[next] == u.sentence[i]
        && matchStartingAt(u, next, "not-after", lang, new int[1]) != null) {
      return false; // "US dollar", "Paris agreement"
    }
    if (ix.demonymIndex(m.key) >= 0
        && !ix.place(m.cands[0]).isCountry()
        && !(m.adminAfter || m.adminCodes != null)) {
      return false; // "British", "Syrian": adjectives, not mentions of a place
    }
    int top = m.cands[0];
    Place best = ix.place(top);
    boolean strongEntry =
        best.isCountry()
            || best.isAdmin()
            || !"P".equals(best.featureClass())
            || best.id().startsWith("vigie:")
            || ix.isAlias(m.key, top);
    boolean cue =
        m.locative || m.featureCodes != null || m.adminCodes != null || m.relation != null;
    if (m.arabic) {
      // no capitals in Arabic: a bare word needs a cue or a well-known place behind it, and a
      // word read through stripped clitics ("باليستي" is not "ب+ال+يستي") needs more
      // Arabic transliterates foreign towns too ("وكالة" is also Calais): far from the region,
      // only a large city or a cue word makes a place of a word
      boolean region = cues.regionCountries().contains(best.country());
      double imp = ix.importance(top);
      boolean curated = best.id().startsWith("vigie:") || ix.isAlias(m.key, top);
      if (best.isCountry() || curated) {
        return true;
      }
      if (stripped) {
        return region ? imp >= 3.7 || (wordCue && imp >= 2.5) : imp >= 6.0;
      }
      if (region) {
        return strongEntry || imp >= 4.7 || cue;
      }
      return imp >= 6.0 || (cue && imp >= 4.5);
    }
    // the first word that is not an article must be capitalised ("Les habitants" is no place),
    // or the last one ("bande de Gaza")
    Token firstContent = first;
    for (int x = i; x < i + len - 1; x++) {
      if (!cues.isStop(u.key[x]) && !cues.isConnector(u.key[x])) {
        break;
      }
      firstContent = toks.get(u.tok[x + 1]);
    }
    if (!first.caseless()
        && !(firstContent.capitalized()
            || firstContent.isNumber()
            || (len > 1 && last.capitalized()))) {
      return false;
    }
    if (len > 1
        && !first.caseless()
        && !last.capitalized()
        && !last.isNumber()
        && !cues.isStop(u.key[i + len - 1])
        && !cues.isConnector(u.key[i + len - 1])
        && !best.id().startsWith("vigie:")
        && !ix.isAlias(m.key, top)) {
      return false; // "La nouvelle" opening a sentence is no Port-La Nouvelle
    }
    String surface = first.surface();
    if (len == 1 && surface.length() <= 3 && isAllUpper(surface) && !aliasReading(m)) {
      return false; // UN, EU, IS: acronyms, not places, unless curated (US, UK)
    }
    if (len == 1
        && sentenceInitial(text, u, i)
        && !cue
        && !strongEntry
        && ix.importance(top) < 4.5) {
      return false; // a capitalised common word opening a sentence
    }
    if (len == 1 && !cue && !strongEntry && ix.importance(top) < 4.2) {
      // a small place found through one of its many alternate names ("Kelly", "Commerce")
      boolean ownName = false;
      for (int c : m.cands) {
        String code = ix.place(c).featureCode();
        ownName |=
            ix.isNameKey(m.key, c)
                || "PPLA".equals(code)
                || "PPLA2".equals(code)
                || "PPLC".equals(code)
                || strippedNameKey(m, c); // "Qamishli" for "Al Qamishli"
      }
      if (!ownName) {
        return false;
      }
    }
    if (len == 1
        && surface.length() <= 5
        && isAllUpper(surface)
        && !ix.isAlias(m.key, top)
        && ix.importance(top) < 5) {
      return false; // NATO is not Nato
    }
    if (!cue && partOfLongerName(text, u, i, len)) {
      m.partOfName = true;
      return false; // "Donald Trump", "Pope Francis", "Washington Post"
    }
    if (!cue
        && isMinor(m)
        && next < u.size
        && u.sentence[next] == u.sentence[i]
        && matchStartingAt(u, next, "person-after", lang, new int[1]) != null) {
      return false; // "Bassett said": a person
    }
    return true;
  }

  /** An all-capitals word opening a sentence before "(", a dash or a comma: "HOUSTON (AP) -". */
  private static boolean dateline(TokenizedText text, Units u, int i) {
    Token t = text.tokens().get(u.tok[i]);
    if (t.surface().length() < 4 || !isAllUpper(t.surface()) || !sentenceInitial(text, u, i)) {
      return false;
    }
    int n = u.tok[i] + 1;
    if (n >= text.tokens().size()) {
      return false;
    }
    String next = text.tokens().get(n).surface();
    return next.equals("(")
        || next.equals(",")
        || next.equals("-")
        || next.equals("–")
        || next.equals("—");
  }

  /**
   * True when the name is followed by a comma and a first-level area or country holding one of its
   * readings ("Austin, Texas"; the state's own name, so "Dallas, Cowboys" is none).
   */
  private boolean areaAfterComma(TokenizedText text, Units u, int i) {
    int c = i + 1;
    if (c >= u.size
        || u.sentence[c] != u.sentence[i]
        || u.tok[c] != u.tok[i] + 2
        || !text.tokens().get(u.tok[i] + 1).surface().equals(",")) {
      return false;
    }
    int[] area = ix.postings(u.key[c]);
    if (area.length == 0) {
      return false;
    }
    Place a = ix.place(area[0]);
    if (!(a.isCountry() || "ADM1".equals(a.featureCode())) || !ix.isNameKey(u.key[c], area[0])) {
      return false;
    }
    for (int x : ix.postings(u.key[i])) {
      Place p = ix.place(x);
      if (p.country().equals(a.country())
          && (a.isCountry() || p.admin1Code().equals(a.admin1Code()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a Latin-script name is glued to other capitalised words that are not cue or stop
   * words: then it is most likely a piece of a person's or an organisation's name.
   */
  private boolean partOfLongerName(TokenizedText text, Units u, int i, int len) {
    List<Token> toks = text.tokens();
    String surface =
        text.text()
            .original()
            .substring(text.startOf(u.tok[i]), text.endOf(u.tok[i + len - 1] + 1));
    if (surface.length() >= 4 && isAllUpper(surface)) {
      return false; // a dateline: "LONDON Pope Francis…", "SAN ANTONIO Turner Sports…"
    }
    int next = i + len;
    if (next < u.size && u.joined[next] && !u.cont.get(next) && u.sentence[next] == u.sentence[i]) {
      Token t = toks.get(u.tok[next]);
      if (t.isWord()
          && t.capitalized()
          && !cues.isStop(u.key[next])
          && !cues.isCueWord(u.key[next])
          && !likelyPlaceWord(u.key[next])) {
        return true; // a capitalised neighbour that is no place either ("Greece Italy" is a list)
      }
    }
    int prev = i - 1;
    if (prev >= 0 && u.joined[i] && u.sentence[prev] == u.sentence[i] && !u.cont.get(i)) {
      Token t = toks.get(u.tok[prev]);
      if (len == 1
          && t.surface().length() == 1
          && Character.isUpperCase(t.surface().charAt(0))
          && u.tok[i] - u.tok[prev] == 2
          && prev > 0
          && u.sentence[prev - 1] == u.sentence[i]
          && toks.get(u.tok[prev - 1]).capitalized()
          && !cues.isStop(u.key[prev - 1])) {
        return true; // "Gino D. Bassett": a middle initial between two names
      }
      if (t.isWord()
          && t.capitalized()
          && !sentenceInitial(text, u, prev)
          && !cues.isConnector(u.key[prev])
          && !cues.isCueWord(u.key[prev])
          && ix.demonymIndex(u.key[prev]) < 0
          && !likelyPlaceWord(u.key[prev])) {
        return true;
      }
    }
    return false;
  }

  /** A word that on its own most likely names a well-known place (a country, a big town). */
  private boolean likelyPlaceWord(String key) {
    int[] c = ix.postings(key);
    if (c.length == 0) {
      return false;
    }
    Place p = ix.place(c[0]);
    return p.isCountry() || "ADM1".equals(p.featureCode()) || ix.importance(c[0]) >= 5.5;
  }

  private static boolean sentenceInitial(TokenizedText text, Units u, int i) {
    Token t = text.tokens().get(u.tok[i]);
    int s = t.sentence();
    for (int x = u.tok[i] - 1; x >= 0; x--) {
      Token p = text.tokens().get(x);
      if (p.sentence() != s) {
        return true;
      }
      if (p.isWord() || p.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isArabic(String key) {
    if (key.isEmpty()) {
      return false;
    }
    char c = key.charAt(0);
    return (c >= '\u0600' && c <= '\u06ff')
        || (c >= '\u0750' && c <= '\u077f')
        || (c >= '\u08a0' && c <= '\u08ff')
        || (c >= '\ufb50' && c <= '\ufdff')
        || (c >= '\ufe70' && c <= '\ufeff');
  }

  /** "وبالحسكه" -> "بالحسكه", "الحسكه", "حسكه"…: proclitics, then the article, fewest first. */
  private List<String> cliticVariants(String w) {
    List<String> out = new ArrayList<>(6);
    List<String> level = List.of(w);
    for (int round = 0; round < 2; round++) {
      List<String> next = new ArrayList<>();
      for (String s : level) {
        for (String p : cues.proclitics()) {
          if (s.startsWith(p) && s.length() - p.length() >= 3) {
            next.add(s.substring(p.length()));
          }
        }
      }
      out.addAll(next);
      level = next;
    }
    List<String> withArticle = new ArrayList<>(out);
    withArticle.add(0, w);
    for (String s : withArticle) {
      for (String a : cues.articles()) {
        if (s.startsWith(a) && s.length() - a.length() >= 3) {
          out.add(s.substring(a.length()));
        }
      }
      // "للحسكه": the article's alef drops after li-
      if (s.startsWith("لل") && s.length() >= 5) {
        out.add(s.substring(2));
      }
    }
    return out;
  }

  private boolean startsWithLocative(String w) {
    for (Cues.Cue c : cues.of("locative", "ar")) {
      String p = c.words()[0];
      if (c.words().length == 1 && p.length() == 1 && w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- cue words

  /** Reads the cue words before and after a name into the mention. */
  private void lookAround(Units u, int i, int len, String lang, Mention m) {
    int sent = u.sentence[i];
    m.adjectiveCountry = adjectiveCountry(u, i, lang);
    int j = i - 1;
    // "central Washington", "northern Alberta": a part of an area, so the name is an area
    m.partOfArea = j >= 0 && u.sentence[j] == sent && matchEndingAt(u, j, "part", lang) != null;
    if (j >= 0 && u.sentence[j] == sent && matchEndingAt(u, j, "locative", lang) != null) {
      m.locative = true;
    }
    int skipped = 0;
    while (j >= 0 && u.sentence[j] == sent && cues.isConnector(u.key[j]) && skipped < 3) {
      j--;
      skipped++;
    }
    if (j >= 0 && u.sentence[j] == sent) {
      int[] start = new int[1];
      Cues.Cue c;
      if ((c = matchEndingAt(u, j, "direction", lang, start)) != null) {
        String[] v = c.value().split("\\|");
        m.bearing = Double.parseDouble(v[0]);
        m.relation = v.length > 1 ? v[1] : c.words()[0];
        m.phraseFirst = u.tok[start[0]];
        distanceBefore(u, start[0] - 1, sent, lang, m);
      } else if ((c = matchEndingAt(u, j, "unit", lang, start)) != null
          && start[0] > 0
          && u.isNumber(start[0] - 1)) {
        m.relation = "near"; // "à 20 km de Gao"
        m.distanceKm = number(u, start[0] - 1) * Double.parseDouble(c.value());
        m.phraseFirst = u.tok[start[0] - 1];
      } else if ((c = matchEndingAt(u, j, "near", lang, start)) != null) {
        m.relation = c.value().isEmpty() ? "near" : c.value();
        m.phraseFirst = u.tok[start[0]];
      } else if ((c = matchEndingAt(u, j, "area", lang, start)) != null) {
        m.relation = c.value();
        m.area = true;
        m.phraseFirst = u.tok[start[0]];
      } else if ((c = matchEndingAt(u, j, "admin", lang, start)) != null) {
        m.adminCodes = List.of(c.value().split(","));
      }
      if ((c = matchEndingAt(u, j, "feature", lang, start)) != null) {
        m.featureCodes = Set.of(c.value().split(","));
      }
    }
    int k = i + len;
    if (k < u.size && u.sentence[k] == sent && u.joined[k]) {
      int[] endAt = new int[1];
      Cues.Cue c;
      if ((c = matchStartingAt(u, k, "admin-after", lang, endAt)) != null) {
        m.adminCodes = List.of(c.value().split(","));
        m.adminAfter = true;
        m.phraseEnd = u.tok[endAt[0] - 1] + 1;
      } else if ((c = matchStartingAt(u, k, "area-after", lang, endAt)) != null) {
        m.relation = c.value();
        m.area = true;
        m.phraseEnd = u.tok[endAt[0] - 1] + 1;
      } else if ((c = matchStartingAt(u, k, "feature-after", lang, endAt)) != null) {
        m.featureCodes = Set.of(c.value().split(","));
      }
    }
  }

  /**
   * The country of an adjective of place qualifying the name through a place noun ("the English
   * city of Salisbury", "the Syrian town of Kobani"), or null.
   */
  private String adjectiveCountry(Units u, int i, String lang) {
    int j = i - 1;
    int sent = u.sentence[i];
    while (j >= 0 && u.sentence[j] == sent && cues.isConnector(u.key[j]) && j > i - 3) {
      j--;
    }
    int[] start = new int[1];
    if (j < 1 || u.sentence[j] != sent || matchEndingAt(u, j, "place-noun", lang, start) == null) {
      return null;
    }
    int a = start[0] - 1;
    if (a < 0 || u.sentence[a] != sent) {
      return null;
    }
    int d = ix.demonymIndex(u.key[a]);
    if (d < 0 && a > 0 && u.sentence[a - 1] == sent) {
      d = ix.demonymIndex(u.key[a - 1] + " " + u.key[a]);
    }
    String cc = d < 0 ? "" : ix.place(d).country();
    return cc.isEmpty() ? null : cc;
  }

  private void distanceBefore(Units u, int j, int sent, String lang, Mention m) {
    int skipped = 0;
    while (j >= 0 && u.sentence[j] == sent && cues.isConnector(u.key[j]) && skipped < 2) {
      j--;
      skipped++;
    }
    if (j < 1 || u.sentence[j] != sent) {
      return;
    }
    int[] start = new int[1];
    Cues.Cue c = matchEndingAt(u, j, "unit", lang, start);
    if (c != null && start[0] > 0 && u.isNumber(start[0] - 1)) {
      m.distanceKm = number(u, start[0] - 1) * Double.parseDouble(c.value());
      m.phraseFirst = u.tok[start[0] - 1];
    }
  }

  private static double number(Units u, int x) {
    try {
      return Double.parseDouble(u.key[x]);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private Cues.Cue matchEndingAt(Units u, int j, String kind, String lang) {
    return matchEndingAt(u, j, kind, lang, new int[1]);
  }

  /**
   * The longest cue of a kind whose words end at unit j (an Arabic first word may carry clitics).
   */
  private Cues.Cue matchEndingAt(Units u, int j, String kind, String lang, int[] start) {
    // only cues ending with this word, or one-word cues behind one or two clitics, can match;
    // the first of them in list order that matches wins, as in a scan of the whole list
    Cues.CueIndex ci = cues.indexOf(kind, lang);
    String last = u.key[j];
    int best = firstEndingAt(u, j, ci, ci.lastWord(last), Integer.MAX_VALUE);
    if (isArabic(last)) {
      if (last.length() > 1) {
        best = firstEndingAt(u, j, ci, ci.single(last.substring(1)), best);
      }
      if (last.length() > 2) {
        best = firstEndingAt(u, j, ci, ci.single(last.substring(2)), best);
      }
    }
    if (best == Integer.MAX_VALUE) {
      return null;
    }
    Cues.Cue c = ci.get(best);
    start[0] = j - c.words().length + 1;
    return c;
  }

  /** The first position (below {@code best}) among these whose cue ends at unit j, or best. */
  private int firstEndingAt(Units u, int j, Cues.CueIndex ci, int[] positions, int best) {
    for (int pos : positions) {
      if (pos >= best) {
        return best;
      }
      if (endsAt(u, j, ci.get(pos))) {
        return pos;
      }
    }
    return best;
  }

  private boolean endsAt(Units u, int j, Cues.Cue c) {
    String[] w = c.words();
    int s = j - w.length + 1;
    if (s < 0 || u.sentence[s] != u.sentence[j]) {
      return false;
    }
    boolean ok = true;
    for (int x = 0; x < w.length && ok; x++) {
      String have = u.key[s + x];
      ok = have.equals(w[x]) || (x == 0 && isArabic(have) && endsWithClitics(have, w[x]));
    }
    return ok;
  }

  private Cues.Cue matchStartingAt(Units u, int k, String kind, String lang, int[] endAt) {
    // only cues starting with this word can match; the first of them in list order wins
    Cues.CueIndex ci = cues.indexOf(kind, lang);
    for (int pos : ci.firstWord(u.key[k])) {
      Cues.Cue c = ci.get(pos);
      String[] w = c.words();
      if (k + w.length > u.size || u.sentence[k + w.length - 1] != u.sentence[k]) {
        continue;
      }
      boolean ok = true;
      for (int x = 0; x < w.length && ok; x++) {
        ok = u.key[k + x].equals(w[x]);
      }
      if (ok) {
        endAt[0] = k + w.length;
        return c;
      }
    }
    return null;
  }

  /** "بريف" is "ريف" behind the clitic ب. */
  private boolean endsWithClitics(String have, String want) {
    if (have.length() <= want.length() || !have.endsWith(want)) {
      return false;
    }
    String prefix = have.substring(0, have.length() - want.length());
    if (prefix.length() > 2) {
      return false;
    }
    for (int x = 0; x < prefix.length(); x++) {
      if (!cues.proclitics().contains(prefix.substring(x, x + 1))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- resolution

  /** Countries, admin areas and points the article's other mentions point to. */
  private static final class Context {
    final Set<String> namedCountries = new HashSet<>();

    /** Countries given by the caller or implied by adjectives ("Ethiopian forces"). */
    final Set<String> hintCountries = new HashSet<>();

    /** Countries of the admin areas the article names ("Somali region" → ET). */
    final Set<String> adminCountries = new HashSet<>();

    final Map<String, Integer> countryVotes = new HashMap<>();

    /** Admin area codes the article names, with the signatures of the mentions naming them. */
    final Map<String, Set<String>> admins = new HashMap<>();

    int votes;

    /** Distinct picked places that can anchor proximity (not countries, seas or regions). */
    int[] anchors = new int[0];

    double[] anchorLat = new double[0];
    double[] anchorLon = new double[0];
  }

  private void resolve(TokenizedText text, List<Mention> mentions, Set<String> hints) {
    keepSoundAlikesInContext(mentions, hints);
    if (mentions.isEmpty()) {
      return;
    }
    linkContainers(text, mentions);
    linkLists(text, mentions);

    // pass 1: each mention alone
    Map<String, Integer> cache = new HashMap<>();
    for (Mention m : mentions) {
      m.pick = cache.computeIfAbsent(signature(m), k -> pick(m, null));
    }
    // pass 2: in the context of the others, twice so that corrections propagate
    for (int round = 0; round < 2; round++) {
      Context ctx = context(mentions);
      ctx.hintCountries.addAll(hints);
      cache.clear();
      int[] picks = new int[mentions.size()];
      for (int x = 0; x < mentions.size(); x++) {
        Mention m = mentions.get(x);
        String sig = signature(m) + '\u0001' + m.pick + '\u0001' + containerSig(m);
        Integer c = cache.get(sig);
        if (c == null) {
          c = pick(m, ctx);
          cache.put(sig, c);
        }
        picks[x] = c;
      }
      for (int x = 0; x < mentions.size(); x++) {
        mentions.get(x).pick = picks[x];
      }
    }
    // margins for confidence, against the final context
    Context ctx = context(mentions);
    ctx.hintCountries.addAll(hints);
    Map<String, Double> margins = new HashMap<>();
    for (Mention m : mentions) {
      String sig = signature(m) + '\u0001' + m.pick + '\u0001' + containerSig(m);
      Double mg = margins.get(sig);
      if (mg == null) {
        pick(m, ctx);
        margins.put(sig, m.margin);
      } else {
        m.margin = mg;
      }
    }
    fallBack(text, mentions, ctx);
  }

  /**
   * A small place abroad while the article names countries or areas and the same sentence names an
   * area or country of the article right after it ("Warder, Somali region" with no Warder in
   * Ethiopia in the gazetteer): the mention falls back to that area rather than a far homonym.
   */
  private void fallBack(TokenizedText text, List<Mention> mentions, Context ctx) {
    Set<String> named = new HashSet<>(ctx.namedCountries);
    named.addAll(ctx.adminCountries);
    if (named.isEmpty()) {
      return;
    }
    List<Token> toks = text.tokens();
    for (int x = 0; x < mentions.size(); x++) {
      Mention m = mentions.get(x);
      m.fallback = -1;
      if (m.pick < 0) {
        continue;
      }
      Place p = ix.place(m.pick);
      if (p.isCountry()
          || p.isAdmin()
          || "L".equals(p.featureClass())
          || "H".equals(p.featureClass())
          || named.contains(p.country())
          || ctx.hintCountries.contains(p.country())
          || p.id().startsWith("vigie:")
          || ix.isAlias(m.key, m.pick)
          || (m.featureCodes != null && m.featureCodes.contains(p.featureCode()))) {
        continue;
      }
      // reached through an alternate name ("Yathrib" is also Medina), a reading counts for less
      double imp = ix.importance(m.pick) - (ix.isNameKey(m.key, m.pick) ? 0 : 1);
      boolean explicit = m.container != null && isAreaIn(m.container, named);
      if (imp >= (explicit ? CONTAINED_FALLBACK_IMPORTANCE : FALLBACK_IMPORTANCE)) {
        continue;
      }
      int sent = toks.get(m.first).sentence();
      for (int y = x + 1; y < mentions.size(); y++) {
        Mention n = mentions.get(y);
        if (n.first - m.end > 12 || toks.get(n.first).sentence() != sent || n.pick < 0) {
          break;
        }
        int area = n.pick;
        Place q = ix.place(area);
        if (n.adminAfter && "P".equals(q.featureClass())) {
          area = ix.adminIndex(q.country() + "." + q.admin1Code());
          q = area < 0 ? q : ix.place(area);
        }
        if ((q.isCountry() || q.isAdmin()) && named.contains(q.country())) {
          m.fallback = area;
          break;
        }
      }
    }
  }

  private static String signature(Mention m) {
    return m.key
        + '\u0000'
        + m.featureCodes
        + '\u0000'
        + m.adminCodes
        + '\u0000'
        + m.adjectiveCountry
        + (m.partOfArea ? "\u0000part" : "");
  }

  /** True when the place's own name is the key with a romanised article ("al qamishli"). */
  private boolean strippedNameKey(Mention m, int c) {
    if (m.articleKeyHashes == null) {
      int[] h = new int[cues.latinArticles().size()];
      int x = 0;
      for (String article : cues.latinArticles()) {
        h[x++] = (article + " " + m.key).hashCode();
      }
      m.articleKeyHashes = h;
    }
    for (int h : m.articleKeyHashes) {
      if (ix.isNameKeyHash(h, c)) {
        return true;
      }
    }
    return false;
  }

  private Context context(List<Mention> mentions) {
    Context ctx = new Context();
    Set<Integer> anchors = new java.util.LinkedHashSet<>();
    for (Mention m : mentions) {
      Place p = ix.place(m.pick);
      if (p.isCountry()) {
        ctx.namedCountries.add(p.country());
      } else if (m.demonym && p.isAdmin()) {
        // "the English city of Salisbury" names the country as "British" would; it does not pull
        // every town named Washington into England as a named province would
        ctx.namedCountries.add(p.country());
      } else if ("ADM1".equals(p.featureCode())) {
        ctx.admins
            .computeIfAbsent(p.country() + "." + p.admin1Code(), k -> new HashSet<>())
            .add(signature(m));
        ctx.adminCountries.add(p.country());
      } else if ("ADM2".equals(p.featureCode())) {
        ctx.admins
            .computeIfAbsent(
                p.country() + "." + p.admin1Code() + "." + ix.admin2Code(m.pick),
                k -> new HashSet<>())
            .add(signature(m));
        ctx.adminCountries.add(p.country());
      }
      if (!p.country().isEmpty()) {
        ctx.countryVotes.merge(p.country(), 1, Integer::sum);
        ctx.votes++;
      }
      if (!p.isCountry() && !"L".equals(p.featureClass()) && !"H".equals(p.featureClass())) {
        anchors.add(m.pick);
      }
    }
    ctx.anchors = anchors.stream().mapToInt(Integer::intValue).toArray();
    ctx.anchorLat = new double[ctx.anchors.length];
    ctx.anchorLon = new double[ctx.anchors.length];
    for (int i = 0; i < ctx.anchors.length; i++) {
      ctx.anchorLat[i] = ix.place(ctx.anchors[i]).lat();
      ctx.anchorLon[i] = ix.place(ctx.anchors[i]).lon();
    }
    return ctx;
  }

  private int pick(Mention m, Context ctx) {
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int bestIdx = m.cands[0];
    for (int c : m.cands) {
      double s = score(m, c, ctx);
      if (s > best) {
        second = best;
        best = s;
        bestIdx = c;
      } else if (s > second) {
        second = s;
      }
    }
    m.margin = second == Double.NEGATIVE_INFINITY ? 5 : best - second;
    return bestIdx;
  }

  private double score(Mention m, int c, Context ctx) {
    Place p = ix.place(c);
    double s = ix.importance(c);
    boolean town = "P".equals(p.featureClass());
    double ownArea =
        town ? ownAdmins(m).getOrDefault(p.country() + "." + p.admin1Code(), -1.0) : -1;
    if (ix.isAlias(m.key, c)) {
      s += 1.5; // a curated alias says what the name means ("La." is Louisiana)
    } else if (ix.isNameKey(m.key, c) || (ownArea >= 0 && ix.importance(c) >= ownArea)) {
      // the main city of an area of the same name ("New York" in New York State, whose own name is
      // "New York City") is named by it as well as the area is
      s += 0.3;
    } else if (!ix.isAlias(m.key, c) && !p.isCountry() && !strippedNameKey(m, c)) {
      s -= 1.0; // one of the many alternate names: "Manchester" is also a name of a Richmond
    }
    if (town
        && ownAdmins(m).getOrDefault(p.country(), -1.0) >= ix.importance(c) + SMALL_HOMONYM_GAP
        && (ctx == null || !namedByOthers(ctx, p.country() + "." + p.admin1Code(), m))) {
      // a small town named like a well-known first-level area of its own country ("Wales" near
      // Rotherham, "Idaho Springs" also called Idaho): the name means the area
      s -= SMALL_HOMONYM_PENALTY;
    }
    if ((p.isCountry() || "ADM1".equals(p.featureCode())) && sameKindInList(m, p)) {
      s += LIST_KIND; // "California or Washington": the state, like the other items
    }
    if (m.partOfArea && (p.isCountry() || p.isAdmin() || "L".equals(p.featureClass()))) {
      s += PART_OF_AREA; // "central Washington" is the state
    }
    if (m.adjectiveCountry != null && m.adjectiveCountry.equals(p.country())) {
      s += NAMED_COUNTRY; // "the English city of Salisbury"
    }
    if (m.contents != null
        && (p.isCountry() || p.isAdmin())
        && containsAReadingOf(c, p, m.contents)) {
      // "Camp Murray, Washington", "Nelson, BC": after "X," an area that holds a reading of X
      s += CONTAINER_AREA;
    }
    if (m.featureCodes != null && m.featureCodes.contains(p.featureCode())) {
      s += 6;
    }
    if (m.adminCodes != null && m.adminCodes.contains(p.featureCode())) {
      s += 6;
    }
    if (ctx == null || m.cands.length == 1) {
      return s;
    }
    if (c == m.cands[0]
        && ix.importance(c) >= FAMOUS
        && ix.importance(c) - ix.importance(m.cands[1]) >= FAMOUS_GAP) {
      s += FAMOUS_BONUS; // a bare "London", "Rome" is the famous one even in an American story
    }
    String cc = p.country();
    Place own = ix.place(m.pick);
    if (!cc.isEmpty()) {
      boolean inContext =
          ctx.namedCountries.contains(cc)
              || ctx.hintCountries.contains(cc)
              || ctx.adminCountries.contains(cc);
      if (ctx.namedCountries.contains(cc)) {
        s += NAMED_COUNTRY;
      } else if (inContext) {
        s += HINT_COUNTRY;
      }
      if (!inContext && !p.isCountry() && ix.importance(c) < 5 && hasCandidateIn(m, ctx)) {
        s -= 2; // a homonym abroad while the article names the country of another reading
      }
      s += containerBonus(m, c, p);
      // the mention's own current reading does not vote for itself
      int self = cc.equals(own.country()) ? 1 : 0;
      int others = ctx.votes - (own.country().isEmpty() ? 0 : 1);
      if (others > 0) {
        s += 1.5 * (ctx.countryVotes.getOrDefault(cc, 0) - self) / (double) others;
      }
      if (!p.isAdmin() && !p.isCountry()) {
        if (namedByOthers(ctx, cc + "." + p.admin1Code(), m)) {
          s += 3;
        }
        String a2 = ix.admin2Code(c);
        if (!a2.isEmpty() && namedByOthers(ctx, cc + "." + p.admin1Code() + "." + a2, m)) {
          s += 4;
        }
      }
    }
    if (!p.isCountry() && !"L".equals(p.featureClass()) && !"H".equals(p.featureClass())) {
      double nearest = Double.MAX_VALUE;
      double cosLat = Math.cos(Math.toRadians(p.lat()));
      for (int a = 0; a < ctx.anchors.length; a++) {
        if (ctx.anchors[a] == m.pick || ctx.anchors[a] == c) {
          continue; // not near itself
        }
        double dy = ctx.anchorLat[a] - p.lat();
        double dx = (ctx.anchorLon[a] - p.lon()) * cosLat;
        nearest = Math.min(nearest, dx * dx + dy * dy);
      }
      double km = Math.sqrt(nearest) * 111.2;
      if (km < 50) {
        s += 1.5;
      } else if (km < 200) {
        s += 1.0;
      } else if (km < 500) {
        s += 0.4;
      }
    }
    return s;
  }

  /**
   * True when another item of m's list reads as a place of p's kind (a country, or a first-level
   * area of p's country).
   */
  private boolean sameKindInList(Mention m, Place p) {
    for (Mention o : m.siblings) {
      if (o == m || o.pick < 0 || o.key.equals(m.key)) {
        continue;
      }
      Place q = ix.place(o.pick);
      if (p.isCountry()
          ? q.isCountry()
          : "ADM1".equals(q.featureCode()) && q.country().equals(p.country())) {
        return true;
      }
    }
    return false;
  }

  /** True when some mention other than m (or than its repetitions) names this admin area. */
  private static boolean namedByOthers(Context ctx, String code, Mention m) {
    Set<String> by = ctx.admins.get(code);
    if (by == null) {
      return false;
    }
    // a mention's own reading as an area must not pull its other readings into that area, or
    // "New York" flips between the state and the city inside it from one round to the next
    return by.size() > 1 || !by.contains(signature(m));
  }

  /**
   * The mention's readings that are first-level areas under their own name: the highest importance
   * per country ("US") and per area code ("US.NY").
   */
  private Map<String, Double> ownAdmins(Mention m) {
    if (m.ownAdmins == null) {
      Map<String, Double> out = new HashMap<>();
      for (int c : m.cands) {
        Place a = ix.place(c);
        if ("ADM1".equals(a.featureCode()) && ix.isNameKey(m.key, c)) {
          out.merge(a.country(), ix.importance(c), Math::max);
          out.merge(a.country() + "." + a.admin1Code(), ix.importance(c), Math::max);
        }
      }
      m.ownAdmins = out;
    }
    return m.ownAdmins;
  }

  /** True when a reading of the mention {@code inner} lies inside the area (or country) p. */
  private boolean containsAReadingOf(int c, Place p, Mention inner) {
    String a2 = "ADM2".equals(p.featureCode()) ? ix.admin2Code(c) : null;
    for (int x : inner.cands) {
      Place q = ix.place(x);
      if (x == c || !q.country().equals(p.country()) || q.isCountry()) {
        continue;
      }
      if (p.isCountry()
          || (q.admin1Code().equals(p.admin1Code())
              && (a2 == null || a2.equals(ix.admin2Code(x))))) {
        return true;
      }
    }
    return false;
  }

  /** True when a curated alias gives one of the name's readings ("USA" is also a town in Japan). */
  private boolean aliasReading(Mention m) {
    for (int c : m.cands) {
      if (ix.isAlias(m.key, c)) {
        return true;
      }
    }
    return false;
  }

  /** No reading of the name is a country, an admin area, a curated place or a large city. */
  private boolean isMinor(Mention m) {
    int top = m.cands[0];
    Place p = ix.place(top);
    return !p.isCountry()
        && !p.isAdmin()
        && !p.id().startsWith("vigie:")
        && !ix.isAlias(m.key, top)
        && ix.importance(top) < 5.5;
  }

  private boolean hasAdminCandidate(Mention m) {
    for (int c : m.cands) {
      if (m.adminCodes.contains(ix.place(c).featureCode())) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the mention's readings lies in a country the article names or implies. */
  private boolean hasCandidateIn(Mention m, Context ctx) {
    if (ctx.namedCountries.isEmpty()
        && ctx.hintCountries.isEmpty()
        && ctx.adminCountries.isEmpty()) {
      return false;
    }
    for (int c : m.cands) {
      String cc = ix.place(c).country();
      if (ctx.namedCountries.contains(cc)
          || ctx.hintCountries.contains(cc)
          || ctx.adminCountries.contains(cc)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bonus for a reading inside the place named right after the mention ("Warder, Somali region",
   * "Loka in Lainya county (Central Equatoria state)"), following the chain of containers.
   */
  private double containerBonus(Mention m, int c, Place p) {
    double s = 0;
    int depth = 0;
    for (Mention y = m.container; y != null && depth < 3; y = y.container, depth++) {
      if (y.pick < 0 || y.pick == c) {
        continue;
      }
      Place q = ix.place(y.pick);
      if (q.isCountry()) {
        if (q.country().equals(p.country())) {
          s += 2;
        }
      } else if ("ADM1".equals(q.featureCode())) {
        if (q.country().equals(p.country()) && q.admin1Code().equals(p.admin1Code())) {
          s += 3;
        }
      } else if ("ADM2".equals(q.featureCode())) {
        if (q.country().equals(p.country())
            && q.admin1Code().equals(p.admin1Code())
            && ix.admin2Code(y.pick).equals(ix.admin2Code(c))) {
          s += 3;
        }
      } else if (!"L".equals(q.featureClass()) && !"H".equals(q.featureClass())) {
        if (Geo.km(q.lat(), q.lon(), p.lat(), p.lon()) < 60) {
          s += 2;
        }
      }
    }
    return s;
  }

  private boolean isAreaIn(Mention n, Set<String> countries) {
    if (n.pick < 0) {
      return false;
    }
    Place q = ix.place(n.pick);
    return (q.isCountry() || q.isAdmin() || n.adminAfter) && countries.contains(q.country());
  }

  private static String containerSig(Mention m) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (Mention y = m.container; y != null && depth < 3; y = y.container, depth++) {
      b.append(y.pick).append(',');
    }
    if (m.contents != null) {
      b.append('<').append(m.contents.key); // "X, Y": Y's area readings holding X are preferred
    }
    for (Mention o : m.siblings) {
      b.append('&').append(o.pick);
    }
    return b.toString();
  }

  /**
   * Links each mention to the one right after it when only a comma, an opening parenthesis or
   * connector words separate them in the same sentence.
   */
  private void linkContainers(TokenizedText text, List<Mention> mentions) {
    List<Token> toks = text.tokens();
    for (int x = 0; x + 1 < mentions.size(); x++) {
      Mention m = mentions.get(x);
      Mention n = mentions.get(x + 1);
      m.container = null;
      n.contents = null;
      if (n.phraseFirst < m.phraseEnd || n.phraseFirst - m.phraseEnd > 4) {
        continue;
      }
      boolean ok = n.phraseFirst > m.phraseEnd;
      boolean comma = false;
      for (int t = m.phraseEnd; t < n.phraseFirst && ok; t++) {
        Token tk = toks.get(t);
        String sf = tk.surface();
        if (tk.sentence() != toks.get(m.first).sentence()) {
          ok = false;
        } else if (sf.equals(",") || sf.equals("(") || sf.equals("،")) {
          comma = true;
        } else if (!(tk.isWord() && isConnectorOrPlaceNoun(tk))) {
          ok = false;
        }
      }
      if (ok
          && (comma || (n.adminCodes != null))
          && (n.adminCodes != null || !inList(toks, mentions, x + 1))) {
        m.container = n;
        n.contents = m;
      }
    }
  }

  /**
   * Groups mentions that form a list ended by a conjunction ("Georgia, Armenia and Azerbaijan",
   * "California or Washington"): items of a list are mostly of one kind.
   */
  private void linkLists(TokenizedText text, List<Mention> mentions) {
    List<Token> toks = text.tokens();
    int x = 0;
    while (x < mentions.size()) {
      int y = x;
      boolean conjunction = false;
      while (y + 1 < mentions.size()) {
        int gap = listGap(toks, mentions.get(y), mentions.get(y + 1));
        if (gap < 0) {
          break;
        }
        conjunction |= gap == 1;
        y++;
      }
      List<Mention> group = conjunction ? List.copyOf(mentions.subList(x, y + 1)) : List.of();
      for (int i = x; i <= y; i++) {
        mentions.get(i).siblings = group;
      }
      x = y + 1;
    }
  }

  /**
   * How two mentions are separated: -1 not as list items, 0 by a comma, 1 by a conjunction (with or
   * without a comma).
   */
  private int listGap(List<Token> toks, Mention a, Mention b) {
    if (b.phraseFirst <= a.phraseEnd || b.phraseFirst - a.phraseEnd > 2) {
      return -1;
    }
    int kind = 0;
    for (int t = a.phraseEnd; t < b.phraseFirst; t++) {
      Token tk = toks.get(t);
      if (tk.sentence() != toks.get(a.first).sentence()) {
        return -1;
      }
      if (tk.isWord() && cues.isConjunction(org.vigie.text.Fold.key(tk.fold()))) {
        kind = 1;
      } else if (!tk.surface().equals(",")) {
        return -1;
      }
    }
    return kind;
  }

  /**
   * True when the mention at index i goes on, through commas, to a list ended by a conjunction
   * ("Washington, New York and Boston"): then "X, Y" is a list, not a place and its area.
   */
  private boolean inList(List<Token> toks, List<Mention> mentions, int i) {
    for (int x = i; x + 1 < mentions.size(); x++) {
      int gap = listGap(toks, mentions.get(x), mentions.get(x + 1));
      if (gap != 0) {
        return gap == 1;
      }
    }
    return false;
  }

  /** "in", "of", or a noun of settlement ("Iga village, Nasarawa state"). */
  private boolean isConnectorOrPlaceNoun(Token tk) {
    String k = org.vigie.text.Fold.key(tk.fold());
    if (cues.isConnector(k)) {
      return true;
    }
    for (String lang : Cues.LANGS) {
      for (Cues.Cue c : cues.of("place-noun", lang)) {
        if (c.words().length == 1 && c.words()[0].equals(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The caller's country hints and the countries of adjectives of place in the text. */
  private Set<String> hints(Units u, Set<String> given) {
    Set<String> out = new HashSet<>(given == null ? Set.of() : given);
    for (int x = 0; x < u.size; x++) {
      int d = ix.demonymIndex(u.key[x]);
      if (d < 0 && x + 1 < u.size) {
        d = ix.demonymIndex(u.key[x] + " " + u.key[x + 1]);
      }
      if (d >= 0) {
        String cc = ix.place(d).country();
        if (!cc.isEmpty()) {
          out.add(cc);
        }
      }
    }
    return out;
  }

  private ResolvedPlace toResolved(TokenizedText text, Mention m) {
    if (m.pick < 0) {
      return null;
    }
    int idx = m.fallback >= 0 ? m.fallback : m.pick;
    Place p = ix.place(idx);
    if (m.adminAfter && "P".equals(p.featureClass())) {
      // "Hasakah province": the area, not the town
      for (String code : m.adminCodes) {
        int a =
            switch (code) {
              case "ADM1" -> ix.adminIndex(p.country() + "." + p.admin1Code());
              case "ADM2" ->
                  ix.adminIndex(p.country() + "." + p.admin1Code() + "." + ix.admin2Code(idx));
              default -> -1;
            };
        if (a >= 0) {
          idx = a;
          p = ix.place(a);
          break;
        }
      }
    }
    int precision = basePrecision(p);
    double lat = p.lat();
    double lon = p.lon();
    String basis = "named";
    String relation = null;
    if (m.fallback >= 0 && m.relation == null) {
      // the named place is not in the gazetteer: the area named after it stands for it
      basis = "relative";
      relation = "region";
      precision = Math.max(2, precision);
    } else if (m.relation != null) {
      basis = "relative";
      relation = m.relation;
      if (m.area) {
        precision = precision == 1 ? 2 : 3;
      } else {
        precision = Math.max(2, precision);
        if (!Double.isNaN(m.bearing) && !Double.isNaN(m.distanceKm)) {
          double[] q = Geo.offset(lat, lon, m.distanceKm, m.bearing);
          lat = q[0];
          lon = q[1];
        }
      }
    }
    int start = text.startOf(m.phraseFirst);
    int end = text.endOf(m.phraseEnd);
    String surface = text.text().original().substring(start, end);
    List<String> aliases =
        ix.isAlias(m.key, m.pick)
            ? List.of(text.text().original().substring(text.startOf(m.first), text.endOf(m.end)))
            : List.of();
    double confidence = 1 - 0.5 * Math.exp(-m.margin);
    if (m.arabic && !m.locative && m.featureCodes == null) {
      confidence *= 0.9;
    }
    if (m.fallback >= 0) {
      confidence *= 0.6;
    }
    confidence = Math.round(confidence * 100) / 100.0;
    return new ResolvedPlace(
        m.phraseFirst,
        m.phraseEnd,
        start,
        end,
        surface,
        p,
        lat,
        lon,
        precision,
        basis,
        relation,
        aliases,
        confidence);
  }

  static int basePrecision(Place p) {
    if (p.isCountry()) {
      return 3;
    }
    String c = p.featureCode();
    return switch (p.featureClass()) {
      case "A" -> "ADM1".equals(c) ? 3 : 2;
      case "H", "L" -> 3;
      default -> 1;
    };
  }
}
