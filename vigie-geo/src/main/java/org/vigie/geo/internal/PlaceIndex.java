package org.vigie.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Place;
import org.vigie.geo.build.GazetteerWriter;
import org.vigie.text.Fold;

/**
 * The in-memory gazetteer: places in an array, keys in one hash map to int postings sorted by
 * importance. Built once by {@link #load}, then read-only and safe to share between threads.
 */
public final class PlaceIndex implements Gazetteer {
  static final int[] NONE = new int[0];

  private final List<Place> places = new ArrayList<>(260_000);
  private final List<String> admin2 = new ArrayList<>(260_000);
  private double[] importance = new double[0];
  private final Map<String, int[]> keys = new HashMap<>(1 << 20);
  private final Map<String, Integer> byId = new HashMap<>(1 << 19);
  private final Map<String, Integer> countries = new HashMap<>();
  private final Map<String, Integer> admins = new HashMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();

  /** "key\0index" of names that come from the curated alias list, for {@code aliasesUsed}. */
  private final Set<String> aliasKeys = new HashSet<>();

  /** Adjectives of place ("Syrian" -> Syria), only for spans known to name a place. */
  private final Map<String, Integer> demonyms = new HashMap<>();

  private final Map<String, String> canon = new HashMap<>();

  /** First word of multi-word keys -> the most words a key starting with it has. */
  private final Map<String, Integer> firstWordSpan = new HashMap<>(1 << 18);

  /** Every run of two or more leading words of a multi-word key ("tower 22", "al asad air"). */
  private final Set<String> prefixes = new HashSet<>();

  private int[] nameKeyHash = new int[262_144];
  private final Cues cues;
  private int maxKeyTokens = 1;

  /**
   * The places and keys read from a binary index (null when read from the TSV); {@link #places},
   * {@link #keys} and the other maps then hold only what the curated files add or change, and place
   * indexes from {@code baseSize} on are in {@link #places}.
   */
  private BinaryIndex base;

  private int baseSize;

  private PlaceIndex(Cues cues) {
    this.cues = cues;
  }

  /** Reads a gazetteer written by {@link GazetteerWriter}, then the curated places and aliases. */
  public static PlaceIndex load(InputStream gzipped, Cues cues, boolean withCurated)
      throws IOException {
    PlaceIndex ix = new PlaceIndex(cues);
    InputStream plain = new GZIPInputStream(gzipped, 1 << 16);
    byte[] head = plain.readNBytes(4);
    if (head.length == 4 && java.nio.ByteBuffer.wrap(head).getInt() == BinaryIndex.MAGIC) {
      ix.base = BinaryIndex.read(BinaryIndex.input(plain));
      ix.baseSize = ix.base.n;
      ix.maxKeyTokens = ix.base.maxKeyTokens;
      ix.nameKeyHash =
          Arrays.copyOf(ix.base.nameKeyHash, Math.max(ix.nameKeyHash.length, ix.base.n));
      ix.countries.putAll(ix.base.countries);
      ix.admins.putAll(ix.base.admins);
      ix.admin1Names.putAll(ix.base.admin1Names);
    } else {
      ix.readTsv(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), plain));
    }
    if (withCurated) {
      CuratedData.apply(ix, cues);
    }
    ix.finish();
    return ix;
  }

  private void readTsv(InputStream plain) throws IOException {
    PlaceIndex ix = this;
    // decompressing and decoding run on a helper thread while this one indexes: on two cores the
    // load takes about the time of the indexing alone
    LineReader reader = new LineReader(plain);
    Thread t = new Thread(reader, "vigie-gazetteer-reader");
    t.setDaemon(true);
    t.start();
    String[] f = new String[11];
    boolean first = true;
    for (String[] batch = reader.next(); batch.length > 0; batch = reader.next()) {
      for (String line : batch) {
        if (line == null) {
          break;
        }
        if (first) {
          first = false;
          if (!line.startsWith("#vigie-gazetteer")) {
            throw new IOException("not a Vigie gazetteer file");
          }
          continue;
        }
        if (split(line, f) < 11) {
          continue;
        }
        int idx =
            ix.add(
                f[0],
                f[1],
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                f[4],
                f[5],
                f[6],
                f[7],
                f[8],
                Long.parseLong(f[9]));
        String ks = f[10];
        int bar0 = ks.indexOf('|');
        ix.nameKey(idx, bar0 < 0 ? ks : ks.substring(0, bar0));
        int from = 0;
        while (from < ks.length()) {
          int bar = ks.indexOf('|', from);
          if (bar < 0) {
            bar = ks.length();
          }
          ix.post(ks.substring(from, bar), idx);
          from = bar + 1;
        }
      }
    }
    reader.rethrow();
  }

  /**
   * Writes this index (read from the TSV without the curated files) as a binary index, which {@link
   * #load} reads with a few bulk reads.
   */
  public void writeBinary(java.io.OutputStream os) throws IOException {
    if (base != null) {
      throw new IllegalStateException("already a binary index");
    }
    int raw = 1;
    for (String k : keys.keySet()) {
      int words = 1;
      for (int i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
        words++;
      }
      raw = Math.max(raw, words);
    }
    BinaryIndex.write(
        os,
        places,
        admin2,
        importance,
        nameKeyHash,
        raw,
        keys,
        firstWordSpan,
        prefixes,
        countries,
        admins,
        admin1Names);
  }

  /** Reads lines in batches on its own thread; an empty batch marks the end. */
  private static final class LineReader implements Runnable {
    private static final int BATCH = 2048;
    private final java.util.concurrent.BlockingQueue<String[]> queue =
        new java.util.concurrent.ArrayBlockingQueue<>(64);
    private final InputStream in;
    private volatile IOException failure;

    LineReader(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        String[] batch = new String[BATCH];
        int n = 0;
        String line;
        while ((line = r.readLine()) != null) {
          batch[n++] = line;
          if (n == BATCH) {
            queue.put(batch);
            batch = new String[BATCH];
            n = 0;
          }
        }
        if (n > 0) {
          queue.put(batch);
        }
      } catch (IOException e) {
        failure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          queue.put(new String[0]);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    String[] next() throws IOException {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while loading the gazetteer", e);
      }
    }

    void rethrow() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static int split(String line, String[] out) {
    int n = 0;
    int from = 0;
    while (n < out.length) {
      int tab = n == out.length - 1 ? -1 : line.indexOf('\t', from);
      if (tab < 0) {
        out[n++] = line.substring(from);
        break;
      }
      out[n++] = line.substring(from, tab);
      from = tab + 1;
    }
    return n;
  }

  /** Adds a place; returns its index. Admin1 names must be added before the places in them. */
  int add(
      String id,
      String name,
      double lat,
      double lon,
      String country,
      String a1,
      String a2,
      String fclass,
      String fcode,
      long pop) {
    String admin1Name = "";
    if ("ADM1".equals(fcode)) {
      admin1Names.put(country + "." + a1, name);
      admin1Name = name;
    } else if (!a1.isEmpty()) {
      admin1Name = admin1Names.getOrDefault(country + "." + a1, "");
    }
    Place p =
        new Place(
            id,
            name,
            lat,
            lon,
            canon(country),
            admin1Name,
            canon(a1),
            canon(fclass),
            canon(fcode),
            pop);
    int idx = baseSize + places.size();
    places.add(p);
    admin2.add(canon(a2));
    byId.put(id, idx);
    if (p.isCountry()) {
      countries.putIfAbsent(country, idx);
    } else if ("ADM1".equals(fcode)) {
      admins.putIfAbsent(country + "." + a1, idx);
    } else if ("ADM2".equals(fcode)) {
      admins.putIfAbsent(country + "." + a1 + "." + a2, idx);
    }
    return idx;
  }

  /** One instance per distinct short code ("SY", "PPLA"), cheaper than String.intern. */
  private String canon(String s) {
    if (s.isEmpty()) {
      return "";
    }
    String c = canon.putIfAbsent(s, s);
    return c == null ? s : c;
  }

  /** Records the key of a place's own name (the first key of its line). */
  void nameKey(int idx, String key) {
    if (idx >= nameKeyHash.length) {
      nameKeyHash = Arrays.copyOf(nameKeyHash, Math.max(1024, nameKeyHash.length * 2));
    }
    nameKeyHash[idx] = key.hashCode();
  }

  /**
   * True when the key is the place's own name rather than an alternate ("Kombori", not "Konbori").
   */
  public boolean isNameKey(String key, int idx) {
    return idx < nameKeyHash.length && nameKeyHash[idx] == key.hashCode();
  }

  /** {@link #isNameKey} for a key given by its hash code. */
  public boolean isNameKeyHash(int keyHash, int idx) {
    return idx < nameKeyHash.length && nameKeyHash[idx] == keyHash;
  }

  void post(String key, int idx) {
    if (key.isEmpty()) {
      return;
    }
    int[] old = keys.get(key);
    if (old == null && base != null) {
      old = base.postings(key);
    }
    if (old == null) {
      keys.put(key, new int[] {idx});
      int words = 1;
      for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
        words++;
      }
      if (words > maxKeyTokens) {
        maxKeyTokens = words;
      }
      if (words > 1) {
        firstWordSpan.merge(key.substring(0, key.indexOf(' ')), words, Math::max);
        for (int i = key.indexOf(' ', key.indexOf(' ') + 1); i >= 0; i = key.indexOf(' ', i + 1)) {
          prefixes.add(key.substring(0, i));
        }
        prefixes.add(key);
      }
    } else {
      for (int o : old) {
        if (o == idx) {
          return;
        }
      }
      int[] n = Arrays.copyOf(old, old.length + 1);
      n[old.length] = idx;
      keys.put(key, n);
    }
  }

  /** Indexes a curated alias; Arabic aliases are also keyed without their article. */
  void postAlias(String alias, int idx) {
    String k = Fold.key(alias);
    postAliasKey(k, idx);
    for (String art : cues.articles()) {
      if (k.startsWith(art) && k.length() - art.length() >= 3) {
        postAliasKey(k.substring(art.length()), idx);
      }
    }
  }

  /** Only names the sources lack count as aliases: "Syrie" is Syria's own French name. */
  private void postAliasKey(String k, int idx) {
    for (int o : postings(k)) {
      if (o == idx) {
        return;
      }
    }
    post(k, idx);
    aliasKeys.add(k + '\0' + idx);
  }

  private void finish() {
    importance = new double[size()];
    if (base != null) {
      System.arraycopy(base.importance, 0, importance, 0, baseSize);
    }
    for (int i = baseSize; i < importance.length; i++) {
      importance[i] = importanceOf(place(i));
    }
    for (int[] v : keys.values()) {
      // the writer orders lines by importance, so most lists are sorted already
      boolean sorted = true;
      for (int i = 1; i < v.length && sorted; i++) {
        sorted = importance[v[i - 1]] >= importance[v[i]];
      }
      if (!sorted) {
        Integer[] boxed = Arrays.stream(v).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Double.compare(importance[b], importance[a]));
        for (int i = 0; i < v.length; i++) {
          v[i] = boxed[i];
        }
      }
    }
    maxKeyTokens = Math.min(maxKeyTokens, 8);
  }

  /**
   * A prior for ambiguous names: population on a log scale, raised for countries, capitals and
   * seats, lowered for admin areas (whose seat usually shares their name and is what a bare name
   * means) and for neighbourhoods and historical places.
   */
  public static double importanceOf(Place p) {
    double s = Math.log10(p.population() + 1.0);
    String c = p.featureCode() == null ? "" : p.featureCode();
    switch (p.featureClass()) {
      case "A" -> {
        if (p.isCountry()) {
          s += 3.0;
        } else if (c.equals("ADM1")) {
          s -= 0.6;
        } else {
          s -= 1.2;
        }
      }
      case "P" -> {
        switch (c) {
          case "PPLC" -> s += 1.5;
          case "PPLA" -> s += 0.8;
          case "PPLA2" -> s += 0.4;
          case "PPLA3", "PPLA4" -> s += 0.2;
          case "PPLX" -> s -= 0.6;
          case "PPLH", "PPLQ", "PPLW" -> s -= 1.0;
          default -> {}
        }
      }
      case "S" -> s += c.equals("AIRB") ? 0.5 : 0.0;
      default -> {}
    }
    return s;
  }

  /**
   * Countries whose places Arabic-language news names in Arabic script, though the gazetteer often
   * has only Latin names for their towns and villages.
   */
  private static final Set<String> ARABIC_NEWS_COUNTRIES =
      Set.of(
          "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
          "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE", "IL", "SS", "ER", "IR", "TR");

  private volatile Map<String, int[]> skeletons;

  /**
   * Places whose Latin names have this consonant skeleton ({@link ArabicSkeleton}), most important
   * first: how an Arabic spelling the gazetteer lacks («الفاشر») finds "El Fasher". Built on first
   * use (an Arabic article), from the places of the countries Arabic news covers (elsewhere three
   * consonants match too many towns).
   */
  public int[] skeletonPostings(String skeleton) {
    Map<String, int[]> m = skeletons;
    if (m == null) {
      synchronized (this) {
        m = skeletons;
        if (m == null) {
          m = buildSkeletons();
          skeletons = m;
        }
      }
    }
    int[] v = m.get(skeleton);
    return v == null ? NONE : v;
  }

  private Map<String, int[]> buildSkeletons() {
    Map<String, Set<Integer>> acc = new HashMap<>(1 << 16);
    // read the columns, not a Place: this runs over every name of the gazetteer
    boolean[] eligible = new boolean[baseSize + places.size()];
    for (int idx = 0; idx < eligible.length; idx++) {
      String country = idx < baseSize ? base.strings[base.country[idx]] : place(idx).country();
      eligible[idx] = ARABIC_NEWS_COUNTRIES.contains(country);
    }
    if (base != null) {
      int count = base.keys.offsets.length - 1;
      for (int e = 0; e < count; e++) {
        int from = base.postOffsets[e];
        int to = base.postOffsets[e + 1];
        boolean any = false;
        for (int i = from; i < to && !any; i++) {
          any = eligible[base.posts[i]];
        }
        if (any) {
          addSkeleton(acc, base.keys.get(e), base.posts, from, to, eligible);
        }
      }
    }
    for (Map.Entry<String, int[]> e : keys.entrySet()) {
      addSkeleton(acc, e.getKey(), e.getValue(), 0, e.getValue().length, eligible);
    }
    Map<String, int[]> out = new HashMap<>(acc.size() * 2);
    for (Map.Entry<String, Set<Integer>> e : acc.entrySet()) {
      Integer[] boxed = e.getValue().toArray(Integer[]::new);
      Arrays.sort(boxed, (a, b) -> Double.compare(importance(b), importance(a)));
      out.put(e.getKey(), Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static void addSkeleton(
      Map<String, Set<Integer>> acc,
      String key,
      int[] posts,
      int from,
      int to,
      boolean[] eligible) {
    if (key.isEmpty() || ArabicSkeleton.isArabic(key) || !Character.isLetter(key.charAt(0))) {
      return;
    }
    String sk = null;
    for (int i = from; i < to; i++) {
      int idx = posts[i];
      if (!eligible[idx]) {
        continue;
      }
      if (sk == null) {
        sk = ArabicSkeleton.ofLatin(key);
        if (sk.length() < 3) {
          return;
        }
      }
      acc.computeIfAbsent(sk, k -> new HashSet<>()).add(idx);
    }
  }

  /** Raw postings of a key (place indexes, most important first), never null. */
  public int[] postings(String key) {
    int[] v = keys.get(key);
    if (v == null && base != null) {
      v = base.postings(key);
    }
    return v == null ? NONE : v;
  }

  /** The most words a key starting with this word has (1 when no multi-word key does). */
  public int spanFrom(String firstWord) {
    Integer o = firstWordSpan.get(firstWord);
    int n = Math.max(o == null ? 0 : o, base == null ? 0 : base.span(firstWord));
    return n == 0 ? 1 : Math.min(n, maxKeyTokens);
  }

  /**
   * True when these words (two or more, joined by spaces) begin some key: a longer look-up from the
   * same start can only succeed while this holds.
   */
  public boolean isKeyPrefix(String words) {
    return prefixes.contains(words) || (base != null && base.prefixes.find(words) >= 0);
  }

  public Place place(int idx) {
    return idx < baseSize ? base.place(idx) : places.get(idx - baseSize);
  }

  /** The feature code of a place, without making its record. */
  String featureCode(int idx) {
    return idx < baseSize ? base.featureCode(idx) : places.get(idx - baseSize).featureCode();
  }

  public String admin2Code(int idx) {
    return idx < baseSize ? base.admin2(idx) : admin2.get(idx - baseSize);
  }

  public double importance(int idx) {
    return importance[idx];
  }

  void demonym(String adjective, int idx) {
    demonyms.put(Fold.key(adjective), idx);
  }

  /** The place an adjective refers to ("british" -> United Kingdom), or -1. */
  public int demonymIndex(String key) {
    Integer i = demonyms.get(key);
    return i == null ? -1 : i;
  }

  public boolean isAlias(String key, int idx) {
    return aliasKeys.contains(key + '\0' + idx);
  }

  public int indexOf(String id) {
    Integer i = byId.get(id);
    if (i == null && base != null) {
      return base.indexOf(id);
    }
    return i == null ? -1 : i;
  }

  /** The country entry index for an ISO code, or -1. */
  public int countryIndex(String iso2) {
    Integer i = countries.get(iso2);
    return i == null ? -1 : i;
  }

  /** The admin area index for "CC.A1" or "CC.A1.A2", or -1. */
  public int adminIndex(String code) {
    Integer i = admins.get(code);
    return i == null ? -1 : i;
  }

  @Override
  public List<Place> lookup(String key) {
    int[] v = postings(key);
    List<Place> out = new ArrayList<>(v.length);
    for (int i : v) {
      out.add(place(i));
    }
    return out;
  }

  @Override
  public Optional<Place> byId(String id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(place(i));
  }

  @Override
  public int maxKeyTokens() {
    return maxKeyTokens;
  }

  @Override
  public int size() {
    return baseSize + places.size();
  }
}
