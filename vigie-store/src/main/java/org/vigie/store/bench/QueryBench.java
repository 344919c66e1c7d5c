package org.vigie.store.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.store.BoundingBox;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.GroupBy;
import org.vigie.store.jdbc.BulkLoader;
import org.vigie.store.jdbc.JdbcEventStore;

/**
 * Query latency on a large store: {@code QueryBench N STORE [RUNS]} bulk-loads N synthetic events
 * when the store holds fewer (one event per article, no merge, see {@link BulkLoader}), then times
 * the REST API's queries and prints p50/p99 per query.
 */
public final class QueryBench {
  private QueryBench() {}

  public static void main(String[] args) throws Exception {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    String loc = args.length > 1 ? args[1] : "vigie-querybench";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    try (EventStore store = EventStore.open(loc)) {
      long have = store.health().events();
      if (have < n) {
        long t0 = System.nanoTime();
        SyntheticCorpus corpus = new SyntheticCorpus(n - have, 99);
        BulkLoader.load(
            (JdbcEventStore) store,
            () ->
                new java.util.Iterator<>() {
                  final java.util.Iterator<org.vigie.model.Article> it = corpus.iterator();

                  public boolean hasNext() {
                    return it.hasNext();
                  }

                  public org.vigie.model.Article next() {
                    org.vigie.model.Article a = it.next();
                    return new org.vigie.model.Article(
                        "q" + have + "-" + a.id(),
                        a.text(),
                        a.published(),
                        a.language(),
                        a.url(),
                        a.outlet(),
                        a.title());
                  }
                },
            20_000);
        System.out.printf(
            Locale.ROOT,
            "bulk-loaded %,d events in %.0f s%n",
            n - have,
            (System.nanoTime() - t0) / 1e9);
      }
      System.out.println(store.health());
      Map<String, Supplier<Object>> qs = new LinkedHashMap<>();
      LocalDate from = LocalDate.of(2023, 1, 1);
      qs.put("list newest 50", () -> store.list(EventQuery.all()));
      qs.put("list country=SD", () -> store.list(EventQuery.builder().country("SD").build()));
      qs.put(
          "list country+type+date range",
          () ->
              store.list(
                  EventQuery.builder()
                      .country("ML")
                      .type("ASSAULT")
                      .from(from)
                      .to(from.plusMonths(3))
                      .build()));
      qs.put(
          "list bbox 5x5 deg",
          () -> store.list(EventQuery.builder().bbox(new BoundingBox(-30, -80, -25, -75)).build()));
      qs.put("list actor id", () -> store.list(EventQuery.builder().actor("actor-ml-3").build()));
      qs.put(
          "list text 'drone attack'",
          () -> store.list(EventQuery.builder().text("drone attack").build()));
      qs.put(
          "list page 3 (cursor)",
          () -> {
            var p = store.list(EventQuery.builder().country("UA").build());
            p = store.list(EventQuery.builder().country("UA").build().after(p.nextCursor()));
            return store.list(EventQuery.builder().country("UA").build().after(p.nextCursor()));
          });
      qs.put(
          "get one event",
          () -> store.get(store.list(EventQuery.builder().limit(1).build()).items().get(0).id()));
      qs.put(
          "agg by week, country=IQ",
          () -> store.aggregate(EventQuery.builder().country("IQ").build(), GroupBy.week()));
      qs.put(
          "agg by day, 1 year",
          () ->
              store.aggregate(
                  EventQuery.builder().from(from).to(from.plusYears(1)).build(), GroupBy.day()));
      qs.put("agg by 1deg cell, all", () -> store.aggregate(EventQuery.all(), GroupBy.cell(1.0)));
      qs.put(
          "agg by actor, country=SY",
          () -> store.aggregate(EventQuery.builder().country("SY").build(), GroupBy.actor()));
      qs.put("agg by type, all", () -> store.aggregate(EventQuery.all(), GroupBy.type()));
      for (Map.Entry<String, Supplier<Object>> q : qs.entrySet()) {
        for (int i = 0; i < 3; i++) {
          q.getValue().get(); // warm-up
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          q.getValue().get();
          ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
            Locale.ROOT,
            "%-32s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
            q.getKey(),
            ms[runs / 2],
            ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)],
            ms[runs - 1]);
      }
    }
  }
}
