package org.vigie.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.vigie.server.ServerConfig;
import org.vigie.server.VigieServer;
import org.vigie.store.EventStore;
import org.vigie.store.jdbc.BulkLoader;
import org.vigie.store.jdbc.JdbcEventStore;

/**
 * Load test of the read API over loopback (not a unit test: run by hand, see CI.md). Fills the
 * store with synthetic events when it holds fewer than asked, starts the server with its answer
 * cache off (so every request reaches the store), then runs a closed loop of randomised filtered
 * list and aggregation requests from a few client threads and prints p50/p95/p99 per endpoint.
 *
 * <p>Arguments: {@code STORE_DIR EVENTS [REQUESTS_PER_KIND] [CLIENT_THREADS] [write|bulk]}: {@code
 * bulk} fills an empty store through {@link BulkLoader} (each generated report its own event, no
 * merge), {@code write} (the default) through the ingest path.
 */
public final class ApiLoadTest {

  private ApiLoadTest() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/loadtest-store");
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    boolean bulk = args.length > 4 && args[4].equals("bulk");

    try (EventStore store = EventStore.open(dir)) {
      long have = store.health().events();
      if (have < events * 0.9) {
        System.out.printf(
            Locale.ROOT, "filling %s: %,d events wanted, %,d there%n", dir, events, have);
        long t0 = System.nanoTime();
        if (bulk && have == 0) {
          // one event per generated report, no cross-report merge: minutes instead of hours
          BulkLoader.load((JdbcEventStore) store, SyntheticEvents.articles(events, 20, 42), 2_000);
        } else {
          SyntheticEvents.fill(store, (int) (events - have), 20, 42 + have);
        }
        System.out.printf(Locale.ROOT, "filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
      }
      System.out.printf(Locale.ROOT, "store: %s%n", store.health());
      ServerConfig config = new ServerConfig("127.0.0.1", 0, null, false, null).withCacheEntries(0);
      try (VigieServer server = new VigieServer(store, config).start()) {
        run("http://127.0.0.1:" + server.port(), uncachedKinds(), perKind, clients, "off");
      }
      // the same server with its answer cache on, asked the same map/timeline queries again and
      // again (what panning back and forth does): the cost of HTTP + JSON alone
      try (VigieServer server =
          new VigieServer(store, config.withCacheEntries(ServerConfig.DEFAULT_CACHE_ENTRIES))
              .start()) {
        run("http://127.0.0.1:" + server.port(), cachedKinds(), perKind, clients, "on");
      }
    }
  }

  private static Map<String, Function<Random, String>> cachedKinds() {
    Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
    kinds.put("cached: list page", r -> "/api/events?limit=50&country=ML");
    kinds.put("cached: agg by week", r -> "/api/aggregate?by=week");
    kinds.put("cached: agg by cell", r -> "/api/aggregate?by=cell&cell=1");
    return kinds;
  }

  private static Map<String, Function<Random, String>> uncachedKinds() {
    Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
    kinds.put("list: no filter", r -> "/api/events?limit=50");
    kinds.put("list: country+dates", r -> "/api/events?limit=50&country=" + country(r) + dates(r));
    kinds.put("list: bbox+type", r -> "/api/events?limit=50&type=ASSAULT&bbox=" + bbox(r));
    kinds.put("list: actor", r -> "/api/events?limit=50&actor=actor-" + r.nextInt(60));
    // a place name (words match from their start: "ML-place-3", not "place-3" from its middle)
    kinds.put(
        "list: text q",
        r -> "/api/events?limit=50&q=" + country(r) + "-place-" + r.nextInt(20) + dates(r));
    // two words, one of them in every event ("Actor 7": "actor" and "7")
    kinds.put("list: text 2 words", r -> "/api/events?limit=50&q=Actor+" + r.nextInt(60));
    kinds.put("list: map page 1000", r -> "/api/events?limit=1000&bbox=" + bbox(r) + dates(r));
    kinds.put("agg: by day", r -> "/api/aggregate?by=day&country=" + country(r));
    kinds.put(
        "agg: by week (all)",
        r -> "/api/aggregate?by=week" + (r.nextBoolean() ? "&type=PROTEST" : ""));
    kinds.put(
        "agg: by cell",
        r ->
            "/api/aggregate?by=cell&cell=" + (r.nextBoolean() ? "1" : "0.25") + "&bbox=" + bbox(r));
    kinds.put("agg: by actor", r -> "/api/aggregate?by=actor" + dates(r));
    return kinds;
  }

  private static void run(
      String base,
      Map<String, Function<Random, String>> kinds,
      int perKind,
      int clients,
      String cache)
      throws Exception {

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // warm-up: JIT, connection pool, store caches
    Random warm = new Random(1);
    for (int i = 0; i < 30; i++) {
      for (Function<Random, String> k : kinds.values()) {
        send(http, base + k.apply(warm));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d requests per kind, %d client threads, loopback, answer cache %s%n",
        perKind,
        clients,
        cache);
    System.out.printf(
        Locale.ROOT,
        "%-22s %8s %8s %8s %8s %8s%n",
        "endpoint",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "errors");
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (Map.Entry<String, Function<Random, String>> k : kinds.entrySet()) {
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int seed = c;
          int n = perKind / clients;
          parts.add(
              pool.submit(
                  () -> {
                    Random r = new Random(seed * 7919L + k.getKey().hashCode());
                    long[] nanos = new long[n + 1];
                    long errors = 0;
                    for (int i = 0; i < n; i++) {
                      long t0 = System.nanoTime();
                      int status = send(http, base + k.getValue().apply(r));
                      nanos[i] = System.nanoTime() - t0;
                      if (status != 200) {
                        errors++;
                      }
                    }
                    nanos[n] = errors;
                    return nanos;
                  }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : parts) {
          long[] a = f.get();
          for (int i = 0; i < a.length - 1; i++) {
            all.add(a[i]);
          }
          errors += a[a.length - 1];
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        System.out.printf(
            Locale.ROOT,
            "%-22s %8.1f %8.1f %8.1f %8.1f %8d%n",
            k.getKey(),
            pct(sorted, 50),
            pct(sorted, 95),
            pct(sorted, 99),
            sorted[sorted.length - 1] / 1e6,
            errors);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static int send(HttpClient http, String url) throws Exception {
    HttpResponse<byte[]> res =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (res.statusCode() != 200) {
      System.err.println(
          res.statusCode()
              + " "
              + url
              + " "
              + new String(res.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return res.statusCode();
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String country(Random r) {
    return (String) SyntheticEvents.COUNTRIES[r.nextInt(SyntheticEvents.COUNTRIES.length)][0];
  }

  private static String dates(Random r) {
    LocalDate from = SyntheticEvents.START.plusDays(r.nextInt(SyntheticEvents.DAYS - 90));
    return "&from=" + from + "&to=" + from.plusDays(30 + r.nextInt(60));
  }

  private static String bbox(Random r) {
    Object[] c = SyntheticEvents.COUNTRIES[r.nextInt(SyntheticEvents.COUNTRIES.length)];
    double lat = (double) c[1];
    double lon = (double) c[2];
    double h = 2 + r.nextInt(6);
    return String.format(
        Locale.ROOT,
        "%.2f,%.2f,%.2f,%.2f",
        lon - h,
        Math.max(-90, lat - h),
        lon + h,
        Math.min(90, lat + h));
  }
}
