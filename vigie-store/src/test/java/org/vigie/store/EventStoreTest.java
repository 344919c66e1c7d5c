package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.model.Article;
import org.vigie.store.ReviewAction.Accept;
import org.vigie.store.ReviewAction.Correct;
import org.vigie.store.ReviewAction.Merge;
import org.vigie.store.ReviewAction.Reject;
import org.vigie.store.ReviewAction.Split;

/** The store's contract, run on DuckDB and on a real PostgreSQL. */
class EventStoreTest {

  static List<String> backends() {
    return Backends.names().toList();
  }

  private static WriteResult write(EventStore s, Article... as) {
    List<ExtractedArticle> batch = new ArrayList<>();
    for (Article a : as) {
      batch.add(Fixtures.extracted(a));
    }
    return s.write(batch, WriteMode.SKIP_KNOWN);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void mergesOneEventToldByThreeOutletsInTwoLanguages(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      WriteResult r =
          write(s, Fixtures.tinzFr1(), Fixtures.tinzFr2(), Fixtures.tinzEn(), Fixtures.otherMali());
      assertThat(r.articlesWritten()).isEqualTo(4);
      assertThat(r.mentionsWritten()).isEqualTo(4);
      List<StoredEvent> events = s.list(EventQuery.all()).items();
      assertThat(events).hasSize(2);
      StoredEvent tinz =
          events.stream().filter(e -> e.articleIds().size() == 3).findFirst().orElseThrow();
      assertThat(tinz.articleIds())
          .containsExactlyInAnyOrder("fr-rfi-tinz", "fr-lemonde-tinz", "en-ap-tinz");
      assertThat(tinz.sources()).extracting(EventSource::outlet).contains("RFI", "AP", "Le Monde");
      // the most precise place, the lowest credible toll with every report kept
      assertThat(tinz.event().location().name()).startsWith("Tinza");
      assertThat(tinz.event().casualties().killed().value()).isEqualTo(15);
      assertThat(tinz.event().casualties().killed().max()).isEqualTo(21);
      assertThat(tinz.event().casualties().killed().reports()).hasSize(3);
      // the army claims it, and RFI and AP report it independently
      assertThat(tinz.event().attribution().status()).isEqualTo("confirmed");
      assertThat(tinz.event().attribution().claimedBy().id()).isEqualTo("mali-army");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void sameArticleTwiceChangesNothing(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.tinzFr1(), Fixtures.sumy());
      Health before = s.health();
      WriteResult again = write(s, Fixtures.tinzFr1(), Fixtures.sumy(), Fixtures.sumy());
      assertThat(again.articlesWritten()).isZero();
      assertThat(again.duplicates()).isEqualTo(3);
      Health after = s.health();
      assertThat(after.articles()).isEqualTo(before.articles());
      assertThat(after.mentions()).isEqualTo(before.mentions());
      assertThat(after.events()).isEqualTo(before.events());
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void ingestOrderDoesNotChangeEventsOrIds(String backend) {
    List<Article> all =
        List.of(
            Fixtures.tinzFr1(),
            Fixtures.tinzFr2(),
            Fixtures.tinzEn(),
            Fixtures.otherMali(),
            Fixtures.sumy(),
            Fixtures.sumyFr());
    Set<String> first = null;
    for (int order = 0; order < 3; order++) {
      List<Article> shuffled = new ArrayList<>(all);
      java.util.Collections.rotate(shuffled, order * 2);
      if (order == 2) {
        java.util.Collections.reverse(shuffled);
      }
      try (EventStore s = EventStore.open(Backends.fresh(backend))) {
        for (Article a : shuffled) {
          write(s, a); // one article per batch: the most order-sensitive way to ingest
        }
        Set<String> signature = new TreeSet<>();
        s.stream(
            EventQuery.all(), e -> signature.add(e.id() + "=" + new TreeSet<>(e.articleIds())));
        if (first == null) {
          first = signature;
        } else {
          assertThat(signature).isEqualTo(first);
        }
      }
    }
    assertThat(first).hasSize(3);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void filtersPagesAndAggregates(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.tinzFr1(), Fixtures.otherMali(), Fixtures.sumy(), Fixtures.sumyFr());
      assertThat(s.list(EventQuery.builder().country("ua").build()).items()).hasSize(1);
      assertThat(s.list(EventQuery.builder().actor("jnim").build()).items()).hasSize(1);
      assertThat(s.list(EventQuery.builder().actor("Military Forces of Russia").build()).items())
          .hasSize(1);
      assertThat(s.list(EventQuery.builder().text("soumy").build()).items()).hasSize(1);
      assertThat(s.list(EventQuery.builder().text("50%_").build()).items()).isEmpty();
      assertThat(s.list(EventQuery.builder().mode("missile").build()).items()).hasSize(1);
      assertThat(s.list(EventQuery.builder().from(LocalDate.parse("2025-01-01")).build()).items())
          .hasSize(1);
      assertThat(
              s.list(EventQuery.builder().bbox(BoundingBox.parseLonLat("0,15,5,21")).build())
                  .items())
          .hasSize(2);

      Page<StoredEvent> p1 = s.list(EventQuery.builder().limit(2).build());
      assertThat(p1.items()).hasSize(2);
      assertThat(p1.items().get(0).event().date().start()).isEqualTo("2025-04-13");
      Page<StoredEvent> p2 = s.list(EventQuery.builder().limit(2).build().after(p1.nextCursor()));
      assertThat(p2.items()).hasSize(1);
      assertThat(p2.nextCursor()).isNull();

      assertThat(s.aggregate(EventQuery.all(), GroupBy.day()))
          .extracting(Bucket::key, Bucket::count)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("2024-08-25", 2L),
              org.assertj.core.groups.Tuple.tuple("2025-04-13", 1L));
      assertThat(s.aggregate(EventQuery.all(), GroupBy.week()))
          .extracting(Bucket::key)
          .containsExactly("2024-08-19", "2025-04-07");
      assertThat(s.aggregate(EventQuery.all(), GroupBy.type()))
          .extracting(Bucket::key, Bucket::count)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ASSAULT", 3L));
      assertThat(s.aggregate(EventQuery.all(), GroupBy.actor()))
          .extracting(Bucket::key)
          .contains("mali-army", "jnim", "russia-military");
      List<Bucket> cells = s.aggregate(EventQuery.all(), GroupBy.cell(1.0));
      assertThat(cells).hasSize(3);
      assertThat(cells.stream().mapToLong(Bucket::killed).sum()).isEqualTo(21 + 3 + 32);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void detailCarriesMentionsArticlesAndText(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.sumy(), Fixtures.sumyFr());
      StoredEvent e = s.list(EventQuery.all()).items().get(0);
      EventDetail d = s.get(e.id()).orElseThrow();
      assertThat(d.mentions()).hasSize(2);
      assertThat(d.articles()).extracting(StoredArticle::text).allMatch(t -> t.contains("{{ev"));
      assertThat(d.mentions().get(0).event().evidence().get(0).text()).startsWith("{{ev");
      assertThat(s.get("ev-nope")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void reviewerEditsSurviveReextractionAndAreAudited(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.sumy());
      String id = s.list(EventQuery.all()).items().get(0).id();
      s.review(new Correct(id, "ana", "casualties/killed/value", "35", "ministry update"));
      s.review(new Correct(id, "ana", "mode", "\"missile\"", null));
      // the lexicon changed: the machine now reads mode "shelling" and 30 killed
      Article changed = Fixtures.sumy();
      ExtractedArticle re =
          new ExtractedArticle(
              changed,
              ContentHash.sha256(changed.text()),
              Fixtures.EXTRACTOR.extract(
                  new Article(
                      changed.id(),
                      changed
                          .text()
                          .replace("mode=missile", "mode=shelling")
                          .replace("killed=34", "killed=30"),
                      changed.published(),
                      changed.language(),
                      changed.url(),
                      changed.outlet(),
                      null)));
      WriteResult r = s.write(List.of(re), WriteMode.REEXTRACT);
      assertThat(r.articlesWritten()).isEqualTo(1);
      StoredEvent after = s.list(EventQuery.all()).items().get(0);
      assertThat(after.id()).isEqualTo(id);
      assertThat(after.event().casualties().killed().value()).isEqualTo(35);
      assertThat(after.event().mode()).isEqualTo("missile");
      assertThat(after.event().casualties().injured().value()).isEqualTo(117);
      assertThat(after.review()).isEqualTo("corrected");
      assertThat(after.lockedFields()).containsExactly("casualties/killed/value", "mode");
      List<ReviewRecord> trail = s.reviews(id);
      assertThat(trail).extracting(ReviewRecord::action).containsExactly("correct", "correct");
      assertThat(trail.get(0).oldValue()).isEqualTo("34");
      assertThat(trail.get(0).reviewer()).isEqualTo("ana");
      assertThat(s.health().mentions()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void acceptRejectMergeAndSplit(String backend) {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      write(s, Fixtures.tinzFr1(), Fixtures.otherMali(), Fixtures.sumy());
      List<StoredEvent> es = s.list(EventQuery.all()).items();
      String sumy = es.get(0).id();
      String kidal =
          es.stream()
              .filter(e -> e.articleIds().contains("fr-rfi-kidal"))
              .findFirst()
              .orElseThrow()
              .id();
      String tinz =
          es.stream()
              .filter(e -> e.articleIds().contains("fr-rfi-tinz"))
              .findFirst()
              .orElseThrow()
              .id();

      s.review(new Accept(sumy, "bo", "checked"));
      assertThat(s.get(sumy).orElseThrow().event().review()).isEqualTo("accepted");

      s.review(new Reject(kidal, "bo", "not an attack"));
      assertThat(s.list(EventQuery.all()).items())
          .extracting(StoredEvent::id)
          .doesNotContain(kidal);
      assertThat(s.list(EventQuery.builder().includeRejected(true).build()).items()).hasSize(3);

      ReviewResult merged = s.review(new Merge(tinz, kidal, "bo", "same attack"));
      assertThat(merged.events()).hasSize(1);
      assertThat(merged.events().get(0).articleIds()).hasSize(2);
      assertThat(s.get(kidal).orElseThrow().event().id()).isEqualTo(tinz); // old id resolves
      // a later ingest does not undo the reviewer's merge
      write(s, Fixtures.tinzFr2());
      EventDetail d = s.get(tinz).orElseThrow();
      assertThat(d.event().articleIds()).containsExactlyInAnyOrder("fr-rfi-tinz", "fr-rfi-kidal");

      String kidalMention =
          d.mentions().stream()
              .filter(m -> m.articleId().equals("fr-rfi-kidal"))
              .findFirst()
              .orElseThrow()
              .id();
      ReviewResult split = s.review(new Split(tinz, kidalMention, "bo", "two attacks after all"));
      assertThat(split.events()).hasSize(2);
      assertThat(split.events().get(0).articleIds()).containsExactly("fr-rfi-kidal");
      assertThat(s.reviews(tinz)).extracting(ReviewRecord::action).contains("merge", "split");

      assertThatThrownBy(() -> s.review(new Accept(sumy, " ", null)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void reopensAndKeepsSchema(String backend) {
    String loc = Backends.fresh(backend);
    try (EventStore s = EventStore.open(loc)) {
      write(s, Fixtures.sumy());
    }
    try (EventStore s = EventStore.open(loc)) {
      Health h = s.health();
      assertThat(h.schemaVersion()).isEqualTo(latestSchema());
      assertThat(h.articles()).isEqualTo(1);
      assertThat(h.events()).isEqualTo(1);
      assertThat(write(s, Fixtures.sumy()).duplicates()).isEqualTo(1);
    }
  }

  /** The newest migration's version (the same on both engines, checked by MigrationsTest). */
  private static int latestSchema() {
    var all = org.vigie.store.jdbc.Migrations.load(org.vigie.store.jdbc.Dialect.DUCKDB);
    return all.get(all.size() - 1).version();
  }

  /** A store written before V3 (documents in events.event_json) opens and keeps its events. */
  @ParameterizedTest
  @MethodSource("backends")
  void upgradesAStoreWithDocumentsInEvents(String backend) throws Exception {
    String loc = Backends.fresh(backend);
    String id;
    org.vigie.model.Event before;
    try (EventStore s = EventStore.open(loc)) {
      write(s, Fixtures.sumy());
      StoredEvent e = s.list(EventQuery.all()).items().get(0);
      id = e.id();
      before = e.event();
    }
    // back to the V2 layout: the document in events, no event_docs, V3 not applied
    boolean duck = backend.equals("duckdb");
    String url = duck ? "jdbc:duckdb:" + java.nio.file.Path.of(loc, "vigie.duckdb") : loc;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      if (duck) {
        st.execute("DROP INDEX events_id");
      }
      st.execute("ALTER TABLE events ADD COLUMN event_json TEXT");
      st.execute(
          "UPDATE events SET event_json = (SELECT d.event_json FROM event_docs d"
              + " WHERE d.id = events.id)");
      if (duck) {
        st.execute("CREATE INDEX events_id ON events (id)");
      }
      st.execute("DROP TABLE event_docs");
      st.execute("DELETE FROM schema_version WHERE version = 3");
    }
    try (EventStore s = EventStore.open(loc)) {
      assertThat(s.health().schemaVersion()).isEqualTo(latestSchema());
      Page<StoredEvent> page = s.list(EventQuery.all());
      assertThat(page.items()).extracting(StoredEvent::id).containsExactly(id);
      assertThat(page.items().get(0).event()).isEqualTo(before);
      assertThat(s.get(id).orElseThrow().event().event()).isEqualTo(before);
      assertThat(write(s, Fixtures.sumy()).duplicates()).isEqualTo(1);
    }
  }
}
