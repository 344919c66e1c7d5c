package org.vigie.geo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import org.vigie.geo.build.GazetteerEntry;
import org.vigie.geo.build.GazetteerWriter;
import org.vigie.geo.build.GeoNamesRow;
import org.vigie.geo.build.NameFilter;
import org.vigie.geo.internal.Cues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie gazetteer import allCountries.txt [alternateNamesV2.txt]}: builds a full-size index
 * from the user's own GeoNames download (every village, base and camp GeoNames has), which {@link
 * org.vigie.geo.Geocoders#load(Path)} then reads instead of the bundled gazetteer.
 */
@Command(
    name = "gazetteer",
    description = "Manage Vigie's gazetteer.",
    mixinStandardHelpOptions = true,
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Info.class})
public final class GazetteerCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GazetteerCommand()).execute(args));
  }

  /** Loads a gazetteer and prints its size and load time (wall and CPU of the loading thread). */
  @Command(
      name = "info",
      description = "Load the bundled gazetteer (or --dir) and print its size and load time.",
      mixinStandardHelpOptions = true)
  public static final class Info implements Callable<Integer> {
    @Option(
        names = "--dir",
        description = "An index built by 'gazetteer import' (default: the bundled one)")
    Path dir;

    @Override
    public Integer call() throws IOException {
      java.lang.management.ThreadMXBean mx =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      org.vigie.geo.Geocoder g =
          dir == null ? org.vigie.geo.Geocoders.loadDefault() : org.vigie.geo.Geocoders.load(dir);
      System.out.printf(
          Locale.ROOT,
          "%d places, longest name %d words; loaded in %d ms (loading thread CPU %d ms)%n",
          g.gazetteer().size(),
          g.gazetteer().maxKeyTokens(),
          (System.nanoTime() - t0) / 1_000_000,
          (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
      return 0;
    }
  }

  /** The import subcommand. */
  @Command(
      name = "import",
      description =
          "Build a gazetteer index from a GeoNames dump (allCountries.txt or a country file, plain,"
              + " .gz or .zip) and optionally alternateNamesV2.txt (ar, fr, en and untagged names"
              + " are kept).",
      mixinStandardHelpOptions = true)
  public static final class Import implements Callable<Integer> {
    /** Alternate-name "languages" that are codes, not names. */
    private static final Set<String> CODE_LANGS =
        Set.of("link", "post", "iata", "icao", "faac", "abbr", "fr_1793", "unlc", "wkdt", "tcid");

    private static final Set<String> KEPT_LANGS = Set.of("", "ar", "fr", "en");

    @Parameters(index = "0", description = "GeoNames main table (allCountries.txt, XX.txt)")
    Path allCountries;

    @Parameters(index = "1", arity = "0..1", description = "GeoNames alternateNamesV2.txt")
    Path alternateNames;

    @Option(
        names = {"-o", "--out"},
        defaultValue = "vigie-data/gazetteer",
        description = "Output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
        names = "--min-population",
        defaultValue = "0",
        description = "Drop populated places below this population (default: keep all)")
    long minPopulation;

    @Override
    public Integer call() throws IOException {
      long t0 = System.nanoTime();
      Map<String, List<String>> alternates = new HashMap<>();
      if (alternateNames != null) {
        readAlternates(alternateNames, alternates);
      }
      List<GazetteerEntry> entries = new ArrayList<>();
      try (BufferedReader r = reader(allCountries)) {
        String line;
        while ((line = r.readLine()) != null) {
          GazetteerEntry e = GeoNamesRow.parse(line);
          if (e == null || !GeoNamesRow.useful(e.featureClass(), e.featureCode())) {
            continue;
          }
          if ("P".equals(e.featureClass()) && e.population() < minPopulation) {
            continue;
          }
          List<String> more = alternates.remove(e.id());
          entries.add(more == null ? e : e.withNames(more));
        }
      }
      Files.createDirectories(out);
      Path file = out.resolve(GazetteerWriter.FILE_NAME);
      Cues cues = Cues.loadDefault();
      new GazetteerWriter(cues).write(entries, file);
      GazetteerWriter.writeBinary(file, out.resolve(GazetteerWriter.BINARY_FILE_NAME), cues);
      try (InputStream notice =
          GazetteerCommand.class.getResourceAsStream("/org/vigie/geo/NOTICE")) {
        if (notice != null) {
          Files.write(out.resolve("NOTICE"), notice.readAllBytes());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%d places written to %s in %.1f s%n",
          entries.size(),
          file,
          (System.nanoTime() - t0) / 1e9);
      return 0;
    }

    private static void readAlternates(Path file, Map<String, List<String>> into)
        throws IOException {
      try (BufferedReader r = reader(file)) {
        String line;
        while ((line = r.readLine()) != null) {
          // alternateNameId geonameid isolanguage name isPreferred isShort isColloquial isHistoric
          String[] f = line.split("\t", -1);
          if (f.length < 4) {
            continue;
          }
          String lang = f[2];
          if (CODE_LANGS.contains(lang) || !KEPT_LANGS.contains(lang)) {
            continue;
          }
          if (f.length > 7 && "1".equals(f[7])) {
            continue; // historic names mislead more than they help
          }
          if (NameFilter.keep(f[3])) {
            into.computeIfAbsent("geonames:" + f[1], k -> new ArrayList<>(2)).add(f[3].strip());
          }
        }
      }
    }

    private static BufferedReader reader(Path file) throws IOException {
      InputStream in = Files.newInputStream(file);
      String name = file.getFileName().toString();
      if (name.endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      } else if (name.endsWith(".zip")) {
        ZipInputStream z = new ZipInputStream(in);
        if (z.getNextEntry() == null) {
          throw new IOException("empty zip: " + file);
        }
        in = z;
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
  }
}
