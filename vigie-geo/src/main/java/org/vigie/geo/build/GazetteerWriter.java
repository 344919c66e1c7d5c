package org.vigie.geo.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.vigie.geo.Place;
import org.vigie.geo.internal.Cues;
import org.vigie.geo.internal.PlaceIndex;
import org.vigie.text.Fold;

/**
 * Writes the compact gazetteer file that {@link org.vigie.geo.internal.PlaceIndex} loads: a gzipped
 * TSV, one place a line, {@code id name lat lon country admin1 admin2 class code population keys},
 * keys already folded ({@link Fold#key}) and joined by '|', so loading needs no Unicode
 * normalisation. Countries come first, then admin areas, so that the loader knows admin1 names
 * before the places that refer to them.
 */
public final class GazetteerWriter {
  public static final String HEADER = "#vigie-gazetteer\t1";
  public static final String FILE_NAME = "gazetteer.tsv.gz";

  /** The same index in the binary form the loader reads fastest (see {@link #writeBinary}). */
  public static final String BINARY_FILE_NAME = "gazetteer.bin.gz";

  private final Cues cues;

  public GazetteerWriter(Cues cues) {
    this.cues = cues;
  }

  public void write(List<GazetteerEntry> entries, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      write(entries, os);
    }
  }

  /**
   * Converts a gazetteer TSV into the binary index ({@code gazetteer.bin.gz}) that {@link
   * PlaceIndex#load} reads with a few bulk reads; both load to the same index.
   */
  public static void writeBinary(Path tsv, Path bin, Cues cues) throws IOException {
    PlaceIndex ix;
    try (InputStream in = Files.newInputStream(tsv)) {
      ix = PlaceIndex.load(in, cues, false);
    }
    Path parent = bin.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(bin)) {
      ix.writeBinary(os);
    }
  }

  /** {@code GazetteerWriter <gazetteer.tsv.gz> <gazetteer.bin.gz>}: converts a TSV index. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GazetteerWriter <in gazetteer.tsv.gz> <out gazetteer.bin.gz>");
      System.exit(2);
    }
    writeBinary(Path.of(args[0]), Path.of(args[1]), Cues.loadDefault());
  }

  public void write(List<GazetteerEntry> entries, OutputStream os) throws IOException {
    List<GazetteerEntry> sorted = new ArrayList<>(entries);
    // admin areas before the places in them; inside a group most important first, so that the
    // loader's postings come out already in order
    sorted.sort(
        Comparator.comparingInt(GazetteerWriter::rank)
            .thenComparing(Comparator.comparingDouble(GazetteerWriter::importance).reversed()));
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(new GZIPOutputStream(os, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      w.write(HEADER);
      w.write('\n');
      StringBuilder b = new StringBuilder(256);
      for (GazetteerEntry e : sorted) {
        Set<String> keys = keys(e);
        if (keys.isEmpty()) {
          continue;
        }
        b.setLength(0);
        b.append(clean(e.id())).append('\t').append(clean(e.name())).append('\t');
        b.append(String.format(Locale.ROOT, "%.5f\t%.5f", e.lat(), e.lon())).append('\t');
        b.append(clean(e.country())).append('\t').append(clean(e.admin1Code())).append('\t');
        b.append(clean(e.admin2Code())).append('\t').append(clean(e.featureClass())).append('\t');
        b.append(clean(e.featureCode())).append('\t').append(e.population()).append('\t');
        b.append(String.join("|", keys)).append('\n');
        w.append(b);
      }
    }
  }

  private static int rank(GazetteerEntry e) {
    if (!"A".equals(e.featureClass())) {
      return 3;
    }
    String c = e.featureCode() == null ? "" : e.featureCode();
    if (c.startsWith("PCL")) {
      return 0;
    }
    return c.equals("ADM1") ? 1 : 2;
  }

  private static double importance(GazetteerEntry e) {
    return PlaceIndex.importanceOf(
        new Place(
            e.id(),
            e.name(),
            e.lat(),
            e.lon(),
            e.country(),
            "",
            e.admin1Code(),
            e.featureClass(),
            e.featureCode(),
            e.population()));
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('|', ' ');
  }

  /** Every key an entry is found by: its names folded, plus article-less variants. */
  public Set<String> keys(GazetteerEntry e) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> all = new ArrayList<>(e.names().size() + 1);
    all.add(e.name());
    all.addAll(e.names());
    boolean latinArticle = e.country() != null && cues.articleCountries().contains(e.country());
    for (String n : all) {
      String k = Fold.key(n);
      if (k.isEmpty()) {
        continue;
      }
      keys.add(k);
      for (String art : cues.articles()) {
        // "الحسكة" is also written without the article after a preposition or in a construct
        if (k.startsWith(art) && k.length() - art.length() >= 3 && k.charAt(art.length()) != ' ') {
          keys.add(k.substring(art.length()));
        }
      }
      if (latinArticle) {
        int sp = k.indexOf(' ');
        if (sp > 0 && cues.latinArticles().contains(k.substring(0, sp)) && k.length() - sp > 4) {
          keys.add(k.substring(sp + 1)); // "al hasakah" -> "hasakah"
        }
      }
    }
    return keys;
  }
}
