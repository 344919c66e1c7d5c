package org.vigie.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.model.Article;
import org.vigie.store.Backends;
import org.vigie.store.BoundingBox;
import org.vigie.store.Bucket;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.Fixtures;
import org.vigie.store.GroupBy;
import org.vigie.store.StoredEvent;
import org.vigie.store.WriteMode;
import org.vigie.store.bench.SyntheticCorpus;

/**
 * The list pages and counts are what the single SQL statements they replaced return (the page as
 * one sorted query over the same filters, the day/week/actor counts as one GROUP BY), on a merged
 * synthetic store, on both engines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryEquivalenceTest {
  private final List<EventStore> stores = new ArrayList<>();

  @BeforeAll
  void fill() {
    for (String backend : Backends.names().toList()) {
      EventStore s = EventStore.open(Backends.fresh(backend));
      List<ExtractedArticle> batch = new ArrayList<>();
      for (Article a : new SyntheticCorpus(300, 11)) {
        batch.add(Fixtures.extracted(a));
        if (batch.size() == 100) {
          s.write(batch, WriteMode.SKIP_KNOWN);
          batch.clear();
        }
      }
      stores.add(s);
    }
  }

  @AfterAll
  void close() {
    stores.forEach(EventStore::close);
  }

  Stream<EventStore> stores() {
    return stores.stream();
  }

  static List<EventQuery> queries() {
    LocalDate from = LocalDate.of(2021, 1, 1);
    return List.of(
        EventQuery.all(),
        EventQuery.builder().country("ml").build(),
        EventQuery.builder().type("ASSAULT").from(from).to(from.plusYears(2)).build(),
        EventQuery.builder().bbox(new BoundingBox(-30, -80, -10, -40)).build(),
        EventQuery.builder().actor("civilians-sd").mode("drone").build(),
        EventQuery.builder().status("claimed").sort(EventQuery.Sort.DATE_ASC).build(),
        EventQuery.builder().country("NO-SUCH").build());
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("stores")
  void pagesAreThoseOfOneSortedQuery(EventStore store) throws SQLException {
    for (EventQuery q : queries()) {
      List<String> paged = new ArrayList<>();
      EventQuery page = q.toBuilder().limit(7).build();
      while (true) {
        var p = store.list(page);
        p.items().stream().map(StoredEvent::id).forEach(paged::add);
        if (p.nextCursor() == null) {
          break;
        }
        page = page.after(p.nextCursor());
      }
      Filters f = Filters.of(q);
      String order =
          q.sort() == EventQuery.Sort.DATE_DESC
              ? " ORDER BY e.sort_date DESC, e.id DESC"
              : " ORDER BY e.sort_date, e.id";
      assertThat(paged)
          .as(q.toString())
          .isEqualTo(
              column(store, "SELECT e.id FROM events e WHERE " + f.where() + order, f.params()));
    }
    assertThat(column(store, "SELECT COUNT(*) FROM events", List.of()).get(0)).isNotEqualTo("0");
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("stores")
  void countsAreThoseOfOneGroupBy(EventStore store) throws SQLException {
    for (EventQuery q : queries()) {
      Filters f = Filters.of(q);
      assertThat(keyed(store.aggregate(q, GroupBy.day())))
          .isEqualTo(
              column(
                  store,
                  "SELECT CAST(e.sort_date AS VARCHAR) || ' ' || COUNT(*) || ' '"
                      + " || SUM(COALESCE(e.killed, 0)) FROM events e"
                      + " WHERE e.date_start IS NOT NULL AND "
                      + f.where()
                      + " GROUP BY e.sort_date ORDER BY e.sort_date",
                  f.params()));
      assertThat(keyed(store.aggregate(q, GroupBy.week())))
          .isEqualTo(
              column(
                  store,
                  "SELECT CAST(w AS VARCHAR) || ' ' || COUNT(*) || ' ' || SUM(k) FROM (SELECT"
                      + " e.sort_date - (CAST(EXTRACT(ISODOW FROM e.sort_date) AS INTEGER) - 1)"
                      + " AS w, COALESCE(e.killed, 0) AS k FROM events e"
                      + " WHERE e.date_start IS NOT NULL AND "
                      + f.where()
                      + ") x GROUP BY w ORDER BY w",
                  f.params()));
      List<Bucket> actors = store.aggregate(q, GroupBy.actor());
      assertThat(keyed(actors))
          .isEqualTo(
              column(
                  store,
                  "SELECT a.actor_id || ' ' || COUNT(*) || ' ' || SUM(COALESCE(e.killed, 0))"
                      + " FROM events e JOIN event_actors a ON a.event_id = e.id WHERE "
                      + f.where()
                      + " GROUP BY a.actor_id ORDER BY COUNT(*) DESC, a.actor_id LIMIT 1000",
                  f.params()));
      assertThat(actors).allSatisfy(b -> assertThat(b.label()).isNotBlank());
    }
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("stores")
  void aPlaceWordFindsWhatTheSubstringSearchFound(EventStore store) throws SQLException {
    // three-digit place names: no other name contains them, so word and substring agree
    for (String place : List.of("PML123", "psd250", "PUA399", "Pml1")) {
      List<String> words = new ArrayList<>();
      store.stream(EventQuery.builder().text(place).build(), e -> words.add(e.id()));
      List<String> substring =
          column(
              store,
              "SELECT e.id FROM events e WHERE e.review <> 'rejected'"
                  + " AND e.search_text LIKE ? ORDER BY e.sort_date DESC, e.id DESC",
              List.of("%" + place.toLowerCase(java.util.Locale.ROOT) + "%"));
      if (place.length() == 6) {
        assertThat(words).as(place).isEqualTo(substring);
      } else {
        assertThat(substring).containsAll(words); // "pml1" is a word of its own: none here
      }
    }
  }

  private static List<String> keyed(List<Bucket> buckets) {
    return buckets.stream().map(b -> b.key() + " " + b.count() + " " + b.killed()).toList();
  }

  private static List<String> column(EventStore store, String sql, List<?> params)
      throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ((JdbcEventStore) store).connection();
        PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
