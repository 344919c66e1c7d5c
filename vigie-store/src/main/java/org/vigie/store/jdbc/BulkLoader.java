package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Json;
import org.vigie.store.ContentHash;
import org.vigie.store.bench.MarkupExtractor;
import org.vigie.store.merge.EventFusion;
import org.vigie.store.merge.Mention;

/**
 * Fills a store fast for query benchmarks: each article becomes one event of its own, written
 * straight into the tables, without the cross-report merge. Not an ingest path: it exists so that
 * query latency can be measured on millions of events.
 */
public final class BulkLoader {
  private BulkLoader() {}

  public static void load(JdbcEventStore store, Iterable<Article> articles, int batch)
      throws SQLException {
    MarkupExtractor x = new MarkupExtractor();
    List<Object[]> arts = new ArrayList<>();
    List<Object[]> ments = new ArrayList<>();
    List<Object[]> evs = new ArrayList<>();
    List<Object[]> srcs = new ArrayList<>();
    List<Object[]> acts = new ArrayList<>();
    long seq = 1;
    Instant now = Instant.now();
    try (Connection c = store.connection()) {
      c.setAutoCommit(false);
      for (Article a : articles) {
        String sha = ContentHash.sha256(a.text());
        arts.add(
            new Object[] {
              seq++,
              a.id(),
              sha,
              a.url(),
              a.outlet(),
              a.published(),
              a.language(),
              null,
              a.text(),
              now
            });
        List<Event> events = x.extract(a).events();
        for (int i = 0; i < events.size(); i++) {
          Mention m =
              new Mention(
                  Mention.idFor(sha, i),
                  a.id(),
                  a.outlet(),
                  a.language(),
                  a.published(),
                  events.get(i),
                  null);
          ments.add(
              new Object[] {
                m.id(),
                sha,
                a.id(),
                i,
                null,
                m.event().type(),
                m.event().scope(),
                EventFields.date(m.event().date().start()),
                Json.write(m.event())
              });
          String id = EventFusion.eventId(List.of(m));
          Event e = EventFusion.fuse(List.of(m));
          evs.add(JdbcEventStore.eventRowFor(e, List.of(m), now));
          srcs.add(new Object[] {id, m.id(), a.id()});
          Set<String> seen = new HashSet<>();
          for (EventActor ac : e.actors()) {
            String key = ac.id() != null ? ac.id() : ac.name().toLowerCase(Locale.ROOT);
            if (seen.add(key)) {
              acts.add(new Object[] {id, ac.role(), key, ac.name()});
            }
          }
        }
        if (arts.size() >= batch) {
          flush(c, arts, ments, evs, srcs, acts);
        }
      }
      flush(c, arts, ments, evs, srcs, acts);
    }
  }

  private static void flush(
      Connection c,
      List<Object[]> arts,
      List<Object[]> ments,
      List<Object[]> evs,
      List<Object[]> srcs,
      List<Object[]> acts)
      throws SQLException {
    Sql.insertRows(c, "articles", 10, arts, "");
    Sql.insertRows(c, "mentions", 9, ments, "");
    JdbcEventStore.insertEvents(c, evs);
    Sql.insertRows(c, "event_sources", 3, srcs, "");
    Sql.insertRows(c, "event_actors", 4, acts, "");
    c.commit();
    arts.clear();
    ments.clear();
    evs.clear();
    srcs.clear();
    acts.clear();
  }
}
