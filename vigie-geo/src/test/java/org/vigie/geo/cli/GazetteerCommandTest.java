package org.vigie.geo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.geo.Geocoder;
import org.vigie.geo.Geocoders;
import org.vigie.geo.ResolvedPlace;
import org.vigie.text.TextNormalizer;
import org.vigie.text.Tokenizer;
import picocli.CommandLine;

class GazetteerCommandTest {

  /** A made-up GeoNames extract: a country, its admin1, a town, a village and a camp. */
  private static final String ALL_COUNTRIES =
      String.join(
              "\n",
              row(
                  "9000001",
                  "Testland",
                  "",
                  "30.0",
                  "40.0",
                  "A",
                  "PCLI",
                  "TL",
                  "00",
                  "",
                  "5000000"),
              row(
                  "9000002",
                  "North Province",
                  "",
                  "31.0",
                  "40.5",
                  "A",
                  "ADM1",
                  "TL",
                  "01",
                  "",
                  "800000"),
              row(
                  "9000003",
                  "Zarbat",
                  "Zarbat,Zarbatt",
                  "31.2",
                  "40.6",
                  "P",
                  "PPLA",
                  "TL",
                  "01",
                  "",
                  "120000"),
              row(
                  "9000004",
                  "Qaryat Umm Sidr",
                  "",
                  "31.3",
                  "40.9",
                  "P",
                  "PPL",
                  "TL",
                  "01",
                  "",
                  "0"),
              row("9000005", "Camp Sidr", "", "31.31", "40.91", "S", "CMP", "TL", "01", "", "0"),
              row("9000006", "Some Hill", "", "31.0", "40.0", "T", "HLL", "TL", "01", "", "0"))
          + "\n";

  private static final String ALTERNATES =
      String.join(
              "\n",
              "1\t9000003\tar\tزربط\t1\t\t\t",
              "2\t9000003\tfr\tZarbate\t\t\t\t",
              "3\t9000003\tiata\tZRB\t\t\t\t",
              "4\t9000004\t\tUmm Sidr\t\t\t\t",
              "5\t9000004\tru\tУмм Сидр\t\t\t\t")
          + "\n";

  private static String row(
      String id,
      String name,
      String alts,
      String lat,
      String lon,
      String fclass,
      String fcode,
      String cc,
      String a1,
      String a2,
      String pop) {
    return String.join(
        "\t",
        id,
        name,
        name,
        alts,
        lat,
        lon,
        fclass,
        fcode,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        pop,
        "",
        "0",
        "Etc/UTC",
        "2024-01-01");
  }

  @Test
  void importsAUserDumpThatGeocodersLoad(@TempDir Path dir) throws Exception {
    Path all = dir.resolve("TL.txt");
    Path alt = dir.resolve("alternateNamesV2.txt");
    Files.writeString(all, ALL_COUNTRIES, StandardCharsets.UTF_8);
    Files.writeString(alt, ALTERNATES, StandardCharsets.UTF_8);
    Path out = dir.resolve("index");

    int code =
        new CommandLine(new GazetteerCommand())
            .execute("import", all.toString(), alt.toString(), "--out", out.toString());

    assertThat(code).isZero();
    assertThat(out.resolve("gazetteer.tsv.gz")).exists();
    assertThat(out.resolve("NOTICE")).exists();
    Geocoder g = Geocoders.load(out);
    assertThat(g.gazetteer().size()).isGreaterThanOrEqualTo(5); // the hill is not kept
    assertThat(g.gazetteer().lookup("zarbate"))
        .extracting(p -> p.id())
        .contains("geonames:9000003");
    assertThat(g.gazetteer().lookup("زربط")).isNotEmpty();
    assertThat(g.gazetteer().lookup("zrb")).isEmpty();
    assertThat(g.gazetteer().lookup("some hill")).isEmpty();
    assertThat(g.country("TL")).isPresent();

    Tokenizer t = new Tokenizer(Set.of("l", "d"), Set.of("etc"));
    List<ResolvedPlace> r =
        g.annotate(
            t.tokenize(TextNormalizer.normalize("Shelling hit Umm Sidr, near Zarbat, on Monday.")),
            "en");
    assertThat(r)
        .extracting(p -> p.place().id())
        .containsExactly("geonames:9000004", "geonames:9000003");
    assertThat(r.get(0).place().admin1()).isEqualTo("North Province");
  }

  @Test
  void theBinaryIndexLoadsLikeTheTsv(@TempDir Path dir) throws Exception {
    Path all = dir.resolve("TL.txt");
    Path alt = dir.resolve("alternateNamesV2.txt");
    Files.writeString(all, ALL_COUNTRIES, StandardCharsets.UTF_8);
    Files.writeString(alt, ALTERNATES, StandardCharsets.UTF_8);
    Path out = dir.resolve("index");
    new CommandLine(new GazetteerCommand())
        .execute("import", all.toString(), alt.toString(), "--out", out.toString());
    assertThat(out.resolve("gazetteer.bin.gz")).exists();

    Geocoder tsv = Geocoders.load(out.resolve("gazetteer.tsv.gz"));
    Geocoder bin = Geocoders.load(out.resolve("gazetteer.bin.gz"));
    assertThat(bin.gazetteer().size()).isEqualTo(tsv.gazetteer().size());
    assertThat(bin.gazetteer().maxKeyTokens()).isEqualTo(tsv.gazetteer().maxKeyTokens());
    for (String key : List.of("zarbate", "zarbat", "زربط", "umm sidr", "timor leste", "zrb")) {
      assertThat(bin.gazetteer().lookup(key)).isEqualTo(tsv.gazetteer().lookup(key));
    }
    assertThat(bin.gazetteer().byId("geonames:9000003"))
        .isEqualTo(tsv.gazetteer().byId("geonames:9000003"));
    Tokenizer t = new Tokenizer(Set.of("l", "d"), Set.of("etc"));
    String text = "Shelling hit Umm Sidr, near Zarbat, on Monday.";
    assertThat(bin.annotate(t.tokenize(TextNormalizer.normalize(text)), "en"))
        .isEqualTo(tsv.annotate(t.tokenize(TextNormalizer.normalize(text)), "en"));
  }
}
