package org.vigie.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.vigie.geo.internal.Cues;
import org.vigie.text.Fold;

/**
 * Builds Vigie's bundled gazetteer from the raw files of {@code ../shared/data}: GeoNames cities500
 * ∪ cities15000 (the newer cities15000 row wins) ∪ the full Burkina Faso dump, admin1 and admin2
 * areas, countries with their Arabic, French and English names, OurAirports airfields and NGA World
 * Port Index ports. Run by {@code scripts/build-gazetteer.sh}.
 */
public final class GazetteerBuilder {
  /**
   * Countries where small airfields are kept too: strikes on remote strips are reported there. A
   * build parameter, not language knowledge.
   */
  private static final Set<String> CONFLICT_COUNTRIES =
      Set.of(
          "IQ", "SY", "YE", "LY", "ML", "BF", "NE", "NG", "TD", "SD", "SS", "SO", "UA", "PS", "IL",
          "LB", "AF", "JO", "CF", "CD", "ET", "MZ", "CM", "ER", "DJ", "MR");

  private static final Pattern MILITARY =
      Pattern.compile(
          "(?i)\\b(air ?base|ab|afb|air force|naval|navy|army|military|air station|airbase|"
              + "base aérienne|garrison|camp)\\b");

  private final Path data;
  private final Cues cues;
  private final Map<String, GazetteerEntry> places = new LinkedHashMap<>();

  public GazetteerBuilder(Path data, Cues cues) {
    this.data = data;
    this.cues = cues;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: GazetteerBuilder <shared/data dir> <out gazetteer.tsv.gz> [<out gazetteer.bin.gz>]");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Cues cues = Cues.loadDefault();
    List<GazetteerEntry> entries = new GazetteerBuilder(Path.of(args[0]), cues).build();
    new GazetteerWriter(cues).write(entries, Path.of(args[1]));
    Path bin =
        args.length > 2
            ? Path.of(args[2])
            : Path.of(args[1]).toAbsolutePath().resolveSibling(GazetteerWriter.BINARY_FILE_NAME);
    GazetteerWriter.writeBinary(Path.of(args[1]), bin, cues);
    System.out.printf(Locale.ROOT, "binary index written to %s (%d bytes)%n", bin, Files.size(bin));
    System.out.printf(
        Locale.ROOT,
        "%d places written to %s (%d bytes) in %.1f s%n",
        entries.size(),
        args[1],
        Files.size(Path.of(args[1])),
        (System.nanoTime() - t0) / 1e9);
  }

  public List<GazetteerEntry> build() throws IOException {
    Path gn = data.resolve("geonames");
    readGeoNames(gn.resolve("cities15000.txt.gz"), false);
    readGeoNames(gn.resolve("cities500.txt.gz"), false);
    readGeoNames(gn.resolve("BF.txt"), true);
    Map<String, Map<String, List<String>>> lib =
        readLibGeoNames(gn.resolve("libgeonames_names_ar_fr.tsv"));
    for (Map.Entry<String, List<String>> e : lib.getOrDefault("geonameid", Map.of()).entrySet()) {
      places.computeIfPresent("geonames:" + e.getKey(), (k, p) -> p.withNames(e.getValue()));
    }
    List<GazetteerEntry> out = new ArrayList<>();
    out.addAll(countries(gn, lib.getOrDefault("country", Map.of())));
    out.addAll(admins(gn.resolve("admin1CodesASCII.txt"), 1, lib.getOrDefault("admin1", Map.of())));
    out.addAll(admins(gn.resolve("admin2Codes.txt"), 2, Map.of()));
    java.util.Set<String> adminIds = new java.util.HashSet<>();
    for (GazetteerEntry a : out) {
      adminIds.add(a.id());
    }
    for (GazetteerEntry p : places.values()) {
      if (!adminIds.contains(p.id())) {
        out.add(p);
      }
    }
    NearestPlace nearest = new NearestPlace(places.values());
    out.addAll(airports(data.resolve("ourairports/airports.csv.gz"), nearest));
    out.addAll(ports(data.resolve("wpi/UpdatedPub150.csv"), nearest, countryNames(out)));
    return out;
  }

  private void readGeoNames(Path file, boolean allClasses) throws IOException {
    try (BufferedReader r = reader(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        GazetteerEntry e = GeoNamesRow.parse(line);
        if (e == null || places.containsKey(e.id())) {
          continue; // cities15000 is read first and is newer
        }
        if (allClasses && !GeoNamesRow.useful(e.featureClass(), e.featureCode())) {
          continue;
        }
        places.put(e.id(), e);
      }
    }
  }

  /** libgeonames: key_type -> key -> names. */
  private static Map<String, Map<String, List<String>>> readLibGeoNames(Path file)
      throws IOException {
    Map<String, Map<String, List<String>>> m = new HashMap<>();
    try (BufferedReader r = reader(file)) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 4 || f[3].isBlank()) {
          continue;
        }
        String name = f[3].replace("\u200e", "").replace("\u200f", "").strip();
        m.computeIfAbsent(f[1], k -> new HashMap<>())
            .computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(name);
      }
    }
    return m;
  }

  private List<GazetteerEntry> countries(Path gn, Map<String, List<String>> libNames)
      throws IOException {
    JsonNode translations =
        new ObjectMapper().readTree(Files.readAllBytes(gn.resolve("country_translations.json")));
    Map<String, List<String>> ourAirportsNames = ourAirportsCountryNames();
    Map<String, double[]> centers = curatedCenters();
    Map<String, Extent> extents = new HashMap<>();
    for (GazetteerEntry p : places.values()) {
      if ("P".equals(p.featureClass())) {
        extents.computeIfAbsent(p.country(), k -> new Extent()).add(p);
      }
    }
    List<GazetteerEntry> out = new ArrayList<>();
    try (BufferedReader r = reader(gn.resolve("countryInfo.tsv"))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String iso = f[0];
        String gid = f[16];
        List<String> names = new ArrayList<>();
        JsonNode t = translations.get(gid);
        if (t != null) {
          for (String lang : List.of("en", "fr", "ar")) {
            if (t.hasNonNull(lang)) {
              names.add(t.get(lang).asText());
            }
          }
        }
        names.addAll(libNames.getOrDefault(iso, List.of()));
        for (String n : ourAirportsNames.getOrDefault(iso, List.of())) {
          if (NameFilter.keep(n)) {
            names.add(n);
          }
        }
        double[] c = centers.get(iso);
        if (c == null) {
          Extent x = extents.get(iso);
          // the middle of the towns' extent (trimmed of outlying islands), as for admin areas: the
          // median of towns drifts towards populous coasts (Tunisia's lies on the Sahel coast,
          // 230 km from the country's centre); checked against country-centers.tsv, the middle
          // is within 161 km of the curated centre for 56 of 84 countries, the median for 36
          // (towns more than 1,000 km from the median, the Azores for Portugal, are left out)
          c = x == null ? null : x.size() >= 3 ? x.mainlandCentre(1000) : x.median();
        }
        if (c == null) {
          continue;
        }
        long pop = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
        out.add(
            new GazetteerEntry(
                "geonames:" + gid, f[4], c[0], c[1], iso, "", "", "A", "PCLI", pop, names));
      }
    }
    return out;
  }

  private Map<String, List<String>> ourAirportsCountryNames() throws IOException {
    Map<String, List<String>> m = new HashMap<>();
    List<List<String>> rows =
        Csv.parse(Files.readString(data.resolve("ourairports/countries.csv")));
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() < 6) {
        continue;
      }
      List<String> names = m.computeIfAbsent(row.get(1), k -> new ArrayList<>());
      // the keywords column mixes nicknames with "Soviet" and "American airports": name only
      names.add(row.get(2));
    }
    return m;
  }

  /** Curated country points (geographic centres) where the mean of towns would mislead. */
  private static Map<String, double[]> curatedCenters() throws IOException {
    Map<String, double[]> m = new HashMap<>();
    try (InputStream in =
        GazetteerBuilder.class.getResourceAsStream("/org/vigie/geo/country-centers.tsv")) {
      if (in == null) {
        return m;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        m.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
      }
    }
    return m;
  }

  /**
   * Admin areas from the code files. The point is the seat (the most populous PPLA / PPLA2 of the
   * area) or else the population-weighted centre of its towns; the population is the sum of its
   * towns', a rough importance.
   */
  private List<GazetteerEntry> admins(Path file, int level, Map<String, List<String>> libNames)
      throws IOException {
    Map<String, GazetteerEntry> seats = new HashMap<>();
    Map<String, double[]> sums = new HashMap<>();
    Map<String, Extent> extents = new HashMap<>();
    String seatCode = level == 1 ? "PPLA" : "PPLA2";
    for (GazetteerEntry p : places.values()) {
      if (!"P".equals(p.featureClass())) {
        continue;
      }
      String code =
          level == 1
              ? p.country() + "." + p.admin1Code()
              : p.country() + "." + p.admin1Code() + "." + p.admin2Code();
      extents.computeIfAbsent(code, k -> new Extent()).add(p);
      double[] s = sums.computeIfAbsent(code, k -> new double[4]);
      double w = Math.sqrt(Math.max(p.population(), 100));
      s[0] += p.lat() * w;
      s[1] += p.lon() * w;
      s[2] += w;
      s[3] += p.population();
      if (seatCode.equals(p.featureCode())
          || (level == 2 && "PPLA".equals(p.featureCode()))
          || (level == 1 && "PPLC".equals(p.featureCode()))) {
        GazetteerEntry old = seats.get(code);
        if (old == null || old.population() < p.population()) {
          seats.put(code, p);
        }
      }
    }
    List<GazetteerEntry> out = new ArrayList<>();
    try (BufferedReader r = reader(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          continue;
        }
        String[] code = f[0].split("\\.");
        double[] s = sums.get(f[0]);
        GazetteerEntry seat = seats.get(f[0]);
        double lat;
        double lon;
        Extent ext = extents.get(f[0]);
        if (ext != null && ext.size() >= 3) {
          // the middle of the area's towns approximates its centre, which is what a report of
          // "in Hasakah province" locates best; the seat is used for areas with few towns
          double[] c = ext.centre();
          lat = c[0];
          lon = c[1];
        } else if (seat != null) {
          lat = seat.lat();
          lon = seat.lon();
        } else if (s != null) {
          lat = s[0] / s[2];
          lon = s[1] / s[2];
        } else {
          GazetteerEntry own = places.get("geonames:" + f[3]);
          if (own == null) {
            continue; // no point known for this area
          }
          lat = own.lat();
          lon = own.lon();
        }
        List<String> names = new ArrayList<>();
        names.add(f[2]);
        names.addAll(libNames.getOrDefault(f[0], List.of()));
        GazetteerEntry own = places.get("geonames:" + f[3]);
        if (own != null) {
          names.addAll(own.names());
        }
        List<String> stripped = new ArrayList<>();
        for (String n : names) {
          stripped.add(stripAdminWords(n));
        }
        stripped.add(stripAdminWords(f[1]));
        names.addAll(stripped);
        out.add(
            new GazetteerEntry(
                "geonames:" + f[3],
                f[1],
                lat,
                lon,
                code[0],
                code.length > 1 ? code[1] : "",
                level == 2 && code.length > 2 ? code[2] : "",
                "A",
                level == 1 ? "ADM1" : "ADM2",
                s == null ? 0 : (long) s[3],
                names));
      }
    }
    return out;
  }

  /** The towns of an area; its centre is the middle of their extent, trimmed of outliers. */
  private static final class Extent {
    private double[] lats = new double[16];
    private double[] lons = new double[16];
    private int n;

    void add(GazetteerEntry p) {
      add(p.lat(), p.lon());
    }

    void add(double lat, double lon) {
      if (n == lats.length) {
        lats = java.util.Arrays.copyOf(lats, n * 2);
        lons = java.util.Arrays.copyOf(lons, n * 2);
      }
      lats[n] = lat;
      lons[n] = lon;
      n++;
    }

    int size() {
      return n;
    }

    double[] median() {
      double[] la = java.util.Arrays.copyOf(lats, n);
      double[] lo = java.util.Arrays.copyOf(lons, n);
      java.util.Arrays.sort(la);
      java.util.Arrays.sort(lo);
      return new double[] {la[n / 2], lo[n / 2]};
    }

    /** {@link #centre} of the towns within maxKm of the median (overseas islands left out). */
    double[] mainlandCentre(double maxKm) {
      double[] m = median();
      Extent near = new Extent();
      for (int i = 0; i < n; i++) {
        if (org.vigie.geo.internal.Geo.km(m[0], m[1], lats[i], lons[i]) <= maxKm) {
          near.add(lats[i], lons[i]);
        }
      }
      return near.n >= 3 ? near.centre() : m;
    }

    double[] centre() {
      double[] la = java.util.Arrays.copyOf(lats, n);
      double[] lo = java.util.Arrays.copyOf(lons, n);
      java.util.Arrays.sort(la);
      java.util.Arrays.sort(lo);
      int a = (int) Math.floor(n * 0.02);
      int b = Math.max(a, (int) Math.ceil(n * 0.98) - 1);
      return new double[] {(la[a] + la[b]) / 2, (lo[a] + lo[b]) / 2};
    }
  }

  /** "Province de la Kossi" -> "Kossi", "Al Muthanna Governorate" -> "Al Muthanna". */
  String stripAdminWords(String name) {
    String[] words = name.split("[\\s]+");
    int from = 0;
    int to = words.length;
    while (from < to - 1
        && (cues.adminWords().contains(Fold.key(words[from]))
            || cues.isConnector(Fold.key(words[from])))) {
      from++;
    }
    while (to - 1 > from && cues.adminWords().contains(Fold.key(words[to - 1]))) {
      to--;
    }
    String s = String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    // French elision glued to the name: "Province d'Oudalan"
    if (from > 0 && (s.startsWith("d'") || s.startsWith("l'") || s.startsWith("d’"))) {
      s = s.substring(2);
    }
    return s;
  }

  private List<GazetteerEntry> airports(Path file, NearestPlace nearest) throws IOException {
    List<List<String>> rows = Csv.parse(readAll(file));
    List<String> h = rows.get(0);
    int ident = h.indexOf("ident");
    int type = h.indexOf("type");
    int name = h.indexOf("name");
    int lat = h.indexOf("latitude_deg");
    int lon = h.indexOf("longitude_deg");
    int country = h.indexOf("iso_country");
    int keywords = h.indexOf("keywords");
    List<GazetteerEntry> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= keywords) {
        continue;
      }
      String t = row.get(type);
      String cc = row.get(country);
      String text = row.get(name) + " , " + row.get(keywords);
      boolean military = MILITARY.matcher(text).find();
      boolean keep =
          switch (t) {
            case "large_airport", "medium_airport" -> true;
            case "small_airport" -> military || CONFLICT_COUNTRIES.contains(cc);
            case "closed", "heliport" -> military && CONFLICT_COUNTRIES.contains(cc);
            default -> false;
          };
      if (!keep) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String k : row.get(keywords).split(",")) {
        if (NameFilter.keep(k)) {
          names.add(k.strip());
        }
      }
      double la = Double.parseDouble(row.get(lat));
      double lo = Double.parseDouble(row.get(lon));
      GazetteerEntry near = nearest.find(la, lo, cc);
      String fcode = military ? "AIRB" : ("heliport".equals(t) ? "AIRH" : "AIRP");
      long weight =
          switch (t) {
            case "large_airport" -> 50_000;
            case "medium_airport" -> 10_000;
            default -> 0;
          };
      if (military) {
        names.addAll(militaryCores(row.get(name)));
      }
      out.add(
          new GazetteerEntry(
              "ourairports:" + row.get(ident),
              row.get(name),
              la,
              lo,
              cc,
              near == null ? "" : near.admin1Code(),
              near == null ? "" : near.admin2Code(),
              "S",
              fcode,
              weight,
              names));
    }
    return out;
  }

  private static final Pattern BASE_WORDS =
      Pattern.compile(
          "(?i)\\s+(air base|airbase|air force base|afb|ab|airport|airfield|air field|"
              + "army airfield|air station)$");

  /** "Nevatim Air Base" is also reported as "Nevatim". */
  private static List<String> militaryCores(String name) {
    String core = BASE_WORDS.matcher(name.strip()).replaceAll("").strip();
    if (core.equals(name.strip()) || core.length() < 4 || core.contains("/")) {
      return List.of();
    }
    return List.of(core);
  }

  private List<GazetteerEntry> ports(
      Path file, NearestPlace nearest, Map<String, String> countryByName) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    List<String> h = rows.get(0);
    int num = h.indexOf("World Port Index Number");
    int main = h.indexOf("Main Port Name");
    int alt = h.indexOf("Alternate Port Name");
    int countryName = h.indexOf("Country Code");
    int lat = h.indexOf("Latitude");
    int lon = h.indexOf("Longitude");
    int size = h.indexOf("Harbor Size");
    List<GazetteerEntry> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(lat, lon)) {
        continue;
      }
      double la;
      double lo;
      try {
        la = Double.parseDouble(row.get(lat).strip());
        lo = Double.parseDouble(row.get(lon).strip());
      } catch (NumberFormatException e) {
        continue;
      }
      String cc = countryByName.get(Fold.key(row.get(countryName)));
      GazetteerEntry near = nearest.find(la, lo, cc);
      if (cc == null && near != null) {
        cc = near.country();
      }
      List<String> names = new ArrayList<>();
      for (String a : row.get(alt).split(";")) {
        if (NameFilter.keep(a)) {
          names.add(a.strip());
        }
      }
      // WPI sometimes carries a wrong main name (Hodeidah is listed as "Al Ahmadi" with the right
      // names as alternates): show the first name that a town within 30 km bears.
      String display = row.get(main).strip();
      if (near != null && NearestPlace.km(la, lo, near.lat(), near.lon()) < 30) {
        java.util.Set<String> nearKeys = new java.util.HashSet<>();
        nearKeys.add(Fold.key(near.name()));
        for (String n : near.names()) {
          nearKeys.add(Fold.key(n));
        }
        if (!nearKeys.contains(Fold.key(display))) {
          for (String n : names) {
            if (nearKeys.contains(Fold.key(n))) {
              display = n;
              break;
            }
          }
        }
      }
      String sz = size >= 0 ? row.get(size).strip() : "";
      long weight =
          switch (sz) {
            case "Large" -> 20_000;
            case "Medium" -> 5_000;
            case "Small" -> 1_000;
            default -> 0;
          };
      names.add(row.get(main).strip());
      out.add(
          new GazetteerEntry(
              "wpi:" + row.get(num).strip(),
              display,
              la,
              lo,
              cc == null ? "" : cc,
              near == null ? "" : near.admin1Code(),
              near == null ? "" : near.admin2Code(),
              "S",
              "PRT",
              weight,
              names));
    }
    return out;
  }

  private static Map<String, String> countryNames(List<GazetteerEntry> entries) {
    Map<String, String> m = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if ("PCLI".equals(e.featureCode())) {
        m.putIfAbsent(Fold.key(e.name()), e.country());
        for (String n : e.names()) {
          m.putIfAbsent(Fold.key(n), e.country());
        }
      }
    }
    return m;
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static String readAll(Path file) throws IOException {
    try (BufferedReader r = reader(file)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[1 << 16];
      int n;
      while ((n = r.read(buf)) > 0) {
        b.append(buf, 0, n);
      }
      return b.toString();
    }
  }
}
