package org.vigie.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vigie.text.Fold;

/**
 * Adds the hand-made part of the gazetteer, both read at load time so that editing them needs no
 * rebuild: {@code places.tsv} (places no source file has: Tower 22, sea areas, regions such as the
 * Gaza Strip) and {@code aliases.tsv} (names the media use that no source carries: "Ain al-Asad"
 * for Al Asad Air Base, "Umm Al-Rashrash" for Eilat).
 */
final class CuratedData {
  private CuratedData() {}

  static void apply(PlaceIndex ix, Cues cues) throws IOException {
    for (String[] f : read("/org/vigie/geo/places.tsv")) {
      // id name lat lon country admin1Code featureClass featureCode population names note
      if (f.length < 9) {
        throw new IOException("places.tsv: too few fields in " + String.join("\t", f));
      }
      int idx = ix.indexOf(f[0]);
      if (idx < 0) {
        idx =
            ix.add(
                f[0],
                f[1],
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                f[4],
                f[5],
                "",
                f[6],
                f[7],
                Long.parseLong(f[8]));
      }
      ix.post(Fold.key(f[1]), idx);
      ix.nameKey(idx, Fold.key(f[1]));
      if (f.length > 9) {
        for (String n : f[9].split("\\|")) {
          if (!n.isBlank()) {
            ix.postAlias(n.strip(), idx);
          }
        }
      }
    }
    for (String[] f : read("/org/vigie/geo/aliases.tsv")) {
      // alias target lang reason
      if (f.length < 2) {
        continue;
      }
      String target = f[1].strip();
      int idx = target(ix, target);
      if (idx < 0) {
        continue; // the target is not in this gazetteer (e.g. a small user-built one)
      }
      ix.postAlias(f[0].strip(), idx);
    }
    adminVariants(ix, cues);
    for (String[] f : read("/org/vigie/geo/demonyms.tsv")) {
      if (f.length < 2) {
        continue;
      }
      int idx = target(ix, f[1].strip());
      if (idx >= 0) {
        ix.demonym(f[0].strip(), idx);
      }
    }
  }

  /**
   * First-level areas are also keyed by the usual short form of their directional word: "Northern
   * Darfur" as "North Darfur" (cue kind {@code admin-variant}: word TAB replacement).
   */
  private static void adminVariants(PlaceIndex ix, Cues cues) {
    List<String[]> pairs = new ArrayList<>();
    for (String lang : Cues.LANGS) {
      for (Cues.Cue c : cues.of("admin-variant", lang)) {
        pairs.add(new String[] {String.join(" ", c.words()) + " ", Fold.key(c.value()) + " "});
      }
    }
    if (pairs.isEmpty()) {
      return;
    }
    for (int i = 0, n = ix.size(); i < n; i++) {
      if (!"ADM1".equals(ix.featureCode(i))) {
        continue;
      }
      org.vigie.geo.Place p = ix.place(i);
      String k = Fold.key(p.name());
      for (String[] pr : pairs) {
        if (k.startsWith(pr[0])) {
          ix.post(pr[1] + k.substring(pr[0].length()), i);
        }
      }
    }
  }

  /** A target id, "country:SY" or "admin:US.CA" (a first-level area by its GeoNames code). */
  private static int target(PlaceIndex ix, String target) {
    if (target.startsWith("country:")) {
      return ix.countryIndex(target.substring("country:".length()));
    }
    if (target.startsWith("admin:")) {
      return ix.adminIndex(target.substring("admin:".length()));
    }
    return ix.indexOf(target);
  }

  private static List<String[]> read(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CuratedData.class.getResourceAsStream(resource)) {
      if (in == null) {
        return rows;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
