package org.vigie.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  // made-up records in the unified format
  private static final String FULL =
      "{\"id\": \"t-1\", \"set\": \"test\", \"lang\": \"fr\", \"published\": null, \"text\": \"Texte.\","
          + " \"events\": [{\"type\": \"ASSAULT\", \"type_accept\": [\"ASSAULT\", \"FIGHT\"],"
          + " \"mode\": \"drone\", \"mode_accept\": [\"drone\", \"aerial\"], \"actor1\": \"A\","
          + " \"actor1_alt\": [\"A1\"], \"actor2\": null, \"two_sided\": true, \"date\": [\"2024-01-02\","
          + " \"2024-01-03\"], \"place\": \"P\", \"country\": \"SY\", \"country_accept\": [\"IL\"],"
          + " \"lat\": 1.5, \"lon\": 2.5, \"tol_km\": 25, \"killed\": null, \"killed_accept\": [7],"
          + " \"injured\": 4, \"claimed\": false},"
          + " {\"optional\": true, \"date\": null, \"claimed\": null}],"
          + " \"not_event_tolls\": [41615, 2], \"same_event_as\": [{\"event\": 0, \"item\": \"t-2\","
          + " \"item_event\": 1}], \"text_length\": 6, \"text_sha256_ws\": \"ab\"}";

  @Test
  void readsEveryScoredKeyAndKeepsNullApartFromAbsent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.jsonl");
    Files.writeString(file, FULL + "\n\nnot json\n{\"text\": \"no id\"}\n");
    GoldFile gold = GoldReader.read(file);
    assertThat(gold.problems()).hasSize(2).allMatch(p -> p.startsWith("t.jsonl:"));
    assertThat(gold.problems().get(0)).startsWith("t.jsonl:3:");
    assertThat(gold.name()).isEqualTo("t");
    GoldArticle a = gold.articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.notEventTolls()).containsExactly(41615, 2);
    assertThat(a.sameEventAs()).containsExactly(new GoldLink(0, "t-2", 1));
    assertThat(a.textLength()).isEqualTo(6);
    GoldEvent e = a.events().get(0);
    assertThat(e.typeAccept()).containsExactly("ASSAULT", "FIGHT");
    assertThat(e.modeAccept()).containsExactly("drone", "aerial");
    assertThat(e.actor1Alt()).containsExactly("A1");
    assertThat(e.actor2()).isNull();
    assertThat(e.twoSided()).isTrue();
    assertThat(e.optional()).isFalse();
    assertThat(e.dates()).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
    assertThat(e.countryAccept()).containsExactly("IL");
    assertThat(e.tolKm()).isEqualTo(25.0);
    assertThat(e.killed().isNull()).isTrue();
    assertThat(e.killedAccept()).containsExactly(7);
    assertThat(e.injured()).isEqualTo(GoldValue.of(4));
    assertThat(e.claimed()).isEqualTo(GoldValue.of(false));
    GoldEvent opt = a.events().get(1);
    assertThat(opt.optional()).isTrue();
    assertThat(opt.dates()).isNull();
    assertThat(opt.killed().present()).isFalse();
    assertThat(opt.claimed().isNull()).isTrue();
    assertThat(opt.type()).isNull();
  }

  @Test
  void limitKeepsTheFirstRecords(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.jsonl");
    Files.write(
        file,
        List.of(
            "{\"id\": \"a\", \"text\": \"x\", \"events\": []}",
            "{\"id\": \"b\", \"text\": \"y\", \"events\": []}"));
    assertThat(GoldReader.read(file, 1).articles())
        .extracting(GoldArticle::id)
        .containsExactly("a");
  }

  @Test
  void placeOnlyRecordsAreRecognised(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"g\", \"text\": \"In Paris.\", \"places\": [{\"name\": \"Paris\", \"start\": 3,"
            + " \"end\": 8, \"lat\": 48.85, \"lon\": 2.35, \"tol_km\": 25}]}\n");
    GoldFile gold = GoldReader.read(file);
    assertThat(gold.placeOnly()).isTrue();
    assertThat(gold.articles().get(0).places().get(0).end()).isEqualTo(8);
  }

  @Test
  void aPlaceOnlyFileMayHoldAnArticleWithoutPlaces(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"g\", \"text\": \"In Paris.\", \"places\": [{\"name\": \"Paris\", \"start\": 3,"
            + " \"end\": 8, \"lat\": 48.85, \"lon\": 2.35, \"tol_km\": 25}]}\n"
            + "{\"id\": \"h\", \"text\": \"Nowhere.\", \"places\": []}\n");
    assertThat(GoldReader.read(file).placeOnly()).isTrue();
    Files.writeString(
        file,
        "{\"id\": \"g\", \"text\": \"In Paris.\", \"places\": [{\"name\": \"Paris\", \"start\": 3,"
            + " \"end\": 8, \"lat\": 48.85, \"lon\": 2.35, \"tol_km\": 25}]}\n"
            + "{\"id\": \"h\", \"text\": \"Nowhere.\", \"events\": []}\n");
    assertThat(GoldReader.read(file).placeOnly()).isFalse();
  }

  @Test
  void digestCollapsesWhitespaceLikePythonSplit() {
    assertThat(TextDigest.collapseWhitespace("  a \n\t b\u00a0\u00a0c  ")).isEqualTo("a b c");
    assertThat(TextDigest.sha256Ws(" a  b "))
        .isEqualTo(TextDigest.sha256Ws("a b"))
        .isEqualTo("c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65");
    assertThat(TextDigest.length("é\uD83D\uDE00")).isEqualTo(2);
  }
}
