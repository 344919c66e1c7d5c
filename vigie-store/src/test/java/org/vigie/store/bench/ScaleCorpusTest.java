package org.vigie.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Geocoders;
import org.vigie.model.Article;
import org.vigie.store.ContentHash;
import org.vigie.store.source.ArticleReader;
import org.vigie.store.source.JsonlReader;
import org.vigie.text.Fold;

class ScaleCorpusTest {

  @Test
  void theSeedReportIsReadFromTheSharedFolderAsATemplate() {
    String shared = System.getProperty("vigie.shared");
    Assumptions.assumeTrue(
        shared != null && Files.isRegularFile(Path.of(shared, "examples", "seed-fr.txt")),
        "no shared folder");
    ScaleCorpus.Family f = ScaleCorpus.seedFamily(Path.of(shared));
    String text = f.templates().get(0).text();
    assertThat(text).contains("{P}", "{WD} {D} {M}").doesNotContain("Eilat", "Rashrash");
    // with the shared folder the seed report joins the other kinds of reports
    ScaleCorpus c = new ScaleCorpus(42, 0, Path.of(shared));
    boolean seen = false;
    for (long i = 0; i < 2_000 && !seen; i++) {
      seen = c.article(i).text().contains("Résistance islamique en Irak");
    }
    assertThat(seen).isTrue();
    assertThat(ScaleCorpus.seedFamily(null)).isNull();
  }

  @Test
  void sameArticleForTheSameNumberAndEveryTextDistinct() {
    ScaleCorpus a = new ScaleCorpus(42);
    ScaleCorpus b = new ScaleCorpus(42);
    Set<String> hashes = new HashSet<>();
    for (long i = 0; i < 20_000; i++) {
      Article x = a.article(i);
      assertThat(x).isEqualTo(b.article(i));
      assertThat(hashes.add(ContentHash.sha256(x.text()))).as("article %d", i).isTrue();
    }
  }

  @Test
  void aboutThreeArticlesInTenRetellARecentEvent() {
    ScaleCorpus c = new ScaleCorpus(7);
    int retold = 0;
    for (long i = 0; i < 10_000; i++) {
      long e = c.eventOf(i);
      assertThat(e).isBetween(i - 50, i);
      if (e != i) {
        retold++;
      }
    }
    assertThat(retold).isBetween(2_500, 3_400);
  }

  @Test
  void aRetellingNamesTheSamePlaceAndDate() {
    ScaleCorpus c = new ScaleCorpus(3);
    long i = 51;
    while (c.eventOf(i) == i) {
      i++;
    }
    Article retold = c.article(i);
    Article first = c.article(c.eventOf(i));
    assertThat(retold.published())
        .isBetween(first.published().minusDays(1), first.published().plusDays(1));
    assertThat(retold.outlet()).isNotNull();
  }

  @Test
  void aStreamAdvancesDayByDay() {
    ScaleCorpus c = new ScaleCorpus(42, 400);
    java.time.LocalDate epoch = java.time.LocalDate.of(2019, 1, 1);
    for (long i : new long[] {0, 399, 400, 123_456, 999_999}) {
      long day = java.time.temporal.ChronoUnit.DAYS.between(epoch, c.article(i).published());
      // published one or two days after an event dated up to two days after its slot
      assertThat(day).as("article %d", i).isBetween(i / 400 - 1, i / 400 + 4);
    }
  }

  @Test
  void everyPlaceIsAGazetteerNameInItsCountry() {
    Gazetteer g = Geocoders.loadDefault().gazetteer();
    List<String> wrong = new ArrayList<>();
    for (ScaleCorpus.Place p : ScaleCorpus.places()) {
      for (String name : new String[] {p.latin(), p.arabic()}) {
        if (name == null) {
          continue;
        }
        var hits = g.lookup(Fold.key(name));
        if (hits.isEmpty() || !hits.get(0).country().equals(p.country())) {
          wrong.add(name);
        }
      }
    }
    assertThat(wrong).isEmpty();
    for (ScaleCorpus.Family f : ScaleCorpus.families()) {
      for (String cc : f.countries()) {
        assertThat(ScaleCorpus.places()).as(f.name()).anyMatch(p -> p.country().equals(cc));
      }
    }
  }

  @Test
  void writesLinesThatIngestReads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.jsonl");
    new ScaleCorpus(42).write(300, file);
    List<Article> read = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    new JsonlReader()
        .read(
            file,
            new ArticleReader.Sink() {
              @Override
              public void article(Article a) {
                read.add(a);
              }

              @Override
              public void skipped(String where, String reason) {
                skipped.add(where + " " + reason);
              }
            });
    assertThat(skipped).isEmpty();
    assertThat(read).hasSize(300);
    assertThat(read.get(12)).isEqualTo(new ScaleCorpus(42).article(12));
    assertThat(Files.readAllLines(file)).hasSize(300);
  }
}
