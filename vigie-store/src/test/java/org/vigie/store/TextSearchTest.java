package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.model.Article;

/** Text search through the word index (event_terms), on both engines. */
class TextSearchTest {
  static Stream<String> backends() {
    return Backends.names();
  }

  static Article fasher() {
    return Fixtures.article(
        "ar-fasher",
        "Al Jazeera",
        "ar",
        "2024-06-10",
        "قصف على الفاشر. {{ev type=ASSAULT; mode=shelling; date=2024-06-09; place=الفاشر;"
            + " lat=13.63; lon=25.35; cc=SD; a1=rsf; a1n=قوات الدعم السريع; killed=12;"
            + " summary=قصف مدفعي على مستشفى في الفاشر}}");
  }

  private static void write(EventStore s, Article... as) {
    List<ExtractedArticle> batch = new ArrayList<>();
    for (Article a : as) {
      batch.add(Fixtures.extracted(a));
    }
    s.write(batch, WriteMode.SKIP_KNOWN);
  }

  private static List<String> places(EventStore s, String text) {
    return s.list(EventQuery.builder().text(text).build()).items().stream()
        .map(e -> e.event().location() == null ? "-" : e.event().location().name())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("backends")
  void findsWordsWhateverTheirCaseAccentsOrArabicForm(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.tinzFr1(), Fixtures.otherMali(), Fixtures.sumy(), fasher());
      assertThat(places(s, "Tinzaouatène")).containsExactly("Tinzaouatène");
      assertThat(places(s, "TINZAOUATENE")).containsExactly("Tinzaouatène");
      assertThat(places(s, "frappe drone")).containsExactly("Tinzaouatène"); // summary words
      assertThat(places(s, "armées maliennes")).containsExactly("Tinzaouatène"); // actor name
      assertThat(places(s, "الفاشر")).containsExactly("الفاشر");
      assertThat(places(s, "فاشر")).containsExactly("الفاشر"); // without the article
      assertThat(places(s, "مستشفي")).containsExactly("الفاشر"); // ى written as ي
      assertThat(places(s, "الدعم السريع")).containsExactly("الفاشر");
      assertThat(places(s, "kidal jnim")).containsExactly("Kidal");
      assertThat(places(s, "kidal sumy")).isEmpty(); // every word must match
      assertThat(places(s, "tinza")).containsExactly("Tinzaouatène"); // words from their start
      assertThat(places(s, "Tinzaouatènes")).isEmpty();
      assertThat(places(s, "فاش")).containsExactly("الفاشر");
      assertThat(places(s, "aouatene")).isEmpty(); // not from the middle of a word
      assertThat(places(s, "drone%")).containsExactly("Tinzaouatène"); // wildcards are not
      assertThat(places(s, "%_")).isEmpty();
      assertThat(s.list(EventQuery.builder().text("frappe").country("UA").build()).items())
          .isEmpty();
      assertThat(s.aggregate(EventQuery.builder().text("sumy").build(), GroupBy.type()))
          .extracting(Bucket::count)
          .containsExactly(1L);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void mergedEventsAreFoundOnceUnderEverySpelling(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.sumy());
      write(s, Fixtures.sumyFr()); // merged into the first: the event is rewritten
      assertThat(s.list(EventQuery.builder().text("sumy").build()).items()).hasSize(1);
      assertThat(s.list(EventQuery.builder().text("soumy").build()).items()).hasSize(1);
      assertThat(s.list(EventQuery.builder().text("armée russe").build()).items()).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aWordEveryEventHoldsStillRequiresTheOthers(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(
          s,
          Fixtures.article(
              "en-a",
              "AP",
              "en",
              "2024-05-02",
              "{{ev type=ASSAULT; date=2024-05-01; place=Gao; lat=16.27; lon=-0.04; cc=ML;"
                  + " a1=fama; a1n=Forces armées maliennes}}"),
          Fixtures.article(
              "en-b",
              "AP",
              "en",
              "2024-05-03",
              "{{ev type=ASSAULT; date=2024-05-02; place=Kidal; lat=18.44; lon=1.41; cc=ML;"
                  + " a1=fsd; a1n=Forces spéciales}}"));
      assertThat(places(s, "forces")).containsExactlyInAnyOrder("Gao", "Kidal");
      assertThat(places(s, "forces kidal")).containsExactly("Kidal");
      assertThat(places(s, "FORCES speciales")).containsExactly("Kidal");
      assertThat(places(s, "forces timbuktu")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aStoreFromBeforeTheIndexIsIndexedOnOpen(String backend) throws Exception {
    String loc = Backends.fresh(backend);
    try (EventStore s = EventStore.open(loc)) {
      write(s, Fixtures.tinzFr1(), fasher());
    }
    // as V4 leaves a store that had events: an empty index and the backfill pending
    boolean duck = backend.equals("duckdb");
    String url = duck ? "jdbc:duckdb:" + java.nio.file.Path.of(loc, "vigie.duckdb") : loc;
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM event_terms");
      st.execute("INSERT INTO pending_backfills VALUES ('event_terms')");
    }
    try (EventStore s = EventStore.open(loc)) {
      assertThat(places(s, "tinzaouatene")).containsExactly("Tinzaouatène");
      assertThat(places(s, "فاشر")).containsExactly("الفاشر");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM pending_backfills")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }
}
