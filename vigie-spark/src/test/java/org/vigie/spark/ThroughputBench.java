package org.vigie.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.IngestSummary;
import org.vigie.store.Ingestor;

/**
 * An in-JVM version of the README's throughput comparison, with the default pipeline: the same
 * articles through the job in local[2] (twice, the second run warm) and through the store's ingest.
 * Run by hand: {@code ./mvnw -pl vigie-spark -am verify -Dgroups=bench -DexcludedGroups=none
 * -Dtest=ThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}, with {@code
 * -Dbench.corpus=FILE.jsonl} to time a given corpus instead of the generated one. The README's
 * figures were taken with the two command lines (separate JVMs), as described there.
 */
@Tag("bench")
class ThroughputBench {
  @TempDir Path tmp;

  @Test
  void sparkLocal2AgainstStoreIngest() throws IOException {
    Path corpus;
    String given = System.getProperty("bench.corpus");
    if (given != null) {
      corpus = Path.of(given);
    } else {
      List<String> lines =
          new ArrayList<>(TestCorpus.generated(Integer.getInteger("bench.generated", 1000)));
      lines.addAll(TestCorpus.evalTexts(Integer.getInteger("bench.eval", 1500)));
      corpus = TestCorpus.write(tmp, "bench.jsonl", lines);
    }
    System.err.printf(
        "bench: %s, default pipeline, %d cores, load %.1f%n",
        corpus,
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    for (int run = 1; run <= 2; run++) {
      JobReport r =
          VigieSparkJob.run(
              SparkTestSession.get(),
              JobOptions.of(List.of(corpus.toString()), tmp.resolve("out" + run).toString())
                  .withExtractor(ExtractorFactory.defaults()));
      System.err.println("bench: spark local[2] run " + run + ": " + r);
    }

    long t0 = System.nanoTime();
    long[] events = {0};
    IngestSummary sum;
    try (EventStore store = EventStore.open(tmp.resolve("store"))) {
      // what `vigie ingest` does on this machine: a worker per core, one writer
      Ingestor.Options o = Ingestor.Options.defaults().withThreads(2).withProgress(false);
      sum = new Ingestor(store, ExtractorFactory.defaults().create(), o).ingest(List.of(corpus));
      store.stream(EventQuery.all(), e -> events[0]++);
    }
    long articles = sum.articlesStored();
    double s = (System.nanoTime() - t0) / 1e9;
    System.err.printf(
        Locale.ROOT,
        "bench: store Ingestor (embedded, 2 workers, one writer): %d articles -> %d events in %.1f s"
            + " (%.1f articles/s)%n",
        articles,
        events[0],
        s,
        articles / s);
  }
}
