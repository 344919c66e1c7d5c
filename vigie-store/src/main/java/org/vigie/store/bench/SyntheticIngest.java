package org.vigie.store.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.vigie.store.EventStore;
import org.vigie.store.Health;
import org.vigie.store.IngestSummary;
import org.vigie.store.Ingestor;

/**
 * Scale run: {@code SyntheticIngest N STORE_DIR [THREADS] [BATCH]} generates N synthetic articles
 * on the fly (see {@link SyntheticCorpus}), ingests them with the markup extractor, and prints
 * throughput, heap after each million-th tenth, and the final store size.
 */
public final class SyntheticIngest {
  private SyntheticIngest() {}

  public static void main(String[] args) throws Exception {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Path dir = Path.of(args.length > 1 ? args[1] : "vigie-bench");
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    long chunk = Math.max(1, Math.min(n / 10, 20_000));
    SyntheticCorpus corpus = new SyntheticCorpus(n, 42);
    long t0 = System.nanoTime();
    try (EventStore store = EventStore.open(dir.toString())) {
      Ingestor in =
          new Ingestor(
              store,
              new MarkupExtractor(),
              Ingestor.Options.defaults()
                  .withThreads(threads)
                  .withBatchSize(batch)
                  .withProgress(false));
      for (long start = 0; start < n; start += chunk) {
        long from = start;
        long to = Math.min(n, start + chunk);
        Iterable<org.vigie.model.Article> part =
            () -> java.util.stream.LongStream.range(from, to).mapToObj(corpus::article).iterator();
        long c0 = System.nanoTime();
        IngestSummary s = in.ingestArticles(part);
        double secs = (System.nanoTime() - c0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(
            Locale.ROOT,
            "%,d articles: chunk %.0f articles/s, events created %,d, merged mentions %,d,"
                + " heap used %d MB, store %d MB, elapsed %.0f s%n",
            to,
            s.articlesStored() / secs,
            s.eventsCreated(),
            s.eventsMerged(),
            (rt.totalMemory() - rt.freeMemory()) >> 20,
            size(dir) >> 20,
            (System.nanoTime() - t0) / 1e9);
      }
      Health h = store.health();
      System.out.println(h);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "done: %,d articles in %.0f s = %.0f articles/s; store %d MB after close; max heap %d MB;"
            + " jvm %s%n",
        n,
        secs,
        n / secs,
        size(dir) >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getRuntimeMXBean().getVmVersion());
  }

  static long size(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
