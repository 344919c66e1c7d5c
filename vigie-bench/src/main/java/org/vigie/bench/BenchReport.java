package org.vigie.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The figures of one {@code vigie bench} run; printed as a table or serialised to JSON. */
public record BenchReport(
    String java,
    int cores,
    double loadAverageStart,
    double loadAverageEnd,
    long maxHeapBytes,
    String corpus,
    boolean corpusBuilt,
    long corpusBytes,
    long articles,
    double loadSeconds,
    long liveHeapAfterLoadBytes,
    double warmupSeconds,
    int warmupArticles,
    List<Phase> phases,
    List<HeapMonitor.Sample> heapSamples,
    double targetArticlesPerSecondPerCore,
    long targetHeapBytes) {

  /** One measured pass over the corpus. */
  public record Phase(
      String name,
      int threads,
      long articles,
      long failures,
      long textBytes,
      long outputChars,
      double seconds,
      double articlesPerSecond,
      double articlesPerSecondPerCore,
      double mbPerSecond,
      double cpuUtilisation,
      double cpuSeconds,
      double articlesPerCpuSecond,
      long peakHeapBytes,
      long maxSampledHeapBytes,
      long liveHeapAfterBytes,
      boolean truncated) {}

  private static final double MB = 1024.0 * 1024.0;

  public void printTable(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "vigie bench — %s, %d cores, max heap %.0f MB, system load average %.1f at start, %.1f at"
            + " end%n",
        java,
        cores,
        maxHeapBytes / MB,
        loadAverageStart,
        loadAverageEnd);
    out.printf(
        Locale.ROOT,
        "corpus: %s (%s, %.1f MB, %d articles)%n",
        corpus,
        corpusBuilt ? "built for this run" : "given",
        corpusBytes / MB,
        articles);
    out.printf(
        Locale.ROOT,
        "pipeline load: %.2f s, live heap after load %.0f MB; warm-up %d articles in %.2f s%n%n",
        loadSeconds,
        liveHeapAfterLoadBytes / MB,
        warmupArticles,
        warmupSeconds);
    out.printf(
        Locale.ROOT,
        "%-26s %7s %9s %9s %11s %12s %10s %8s %6s %9s %9s %9s%n",
        "phase",
        "threads",
        "articles",
        "seconds",
        "articles/s",
        "art/s/core",
        "art/cpu-s",
        "MB/s",
        "cpu",
        "peak MB",
        "sampled",
        "live MB");
    for (Phase p : phases) {
      out.printf(
          Locale.ROOT,
          "%-26s %7d %9d %9.2f %11.1f %12.1f %10.1f %8.2f %5.0f%% %9.0f %9.0f %9.0f%s%n",
          p.name(),
          p.threads(),
          p.articles(),
          p.seconds(),
          p.articlesPerSecond(),
          p.articlesPerSecondPerCore(),
          p.articlesPerCpuSecond(),
          p.mbPerSecond(),
          p.cpuUtilisation() * 100,
          p.peakHeapBytes() / MB,
          p.maxSampledHeapBytes() / MB,
          p.liveHeapAfterBytes() / MB,
          p.truncated() ? "  (stopped at --max-seconds)" : "");
      if (p.failures() > 0) {
        out.printf(Locale.ROOT, "  %d articles failed in %s%n", p.failures(), p.name());
      }
    }
    out.println();
    out.println(
        "peak MB: sum of the heap pools' peaks since the phase began (after a GC; an upper bound);"
            + " sampled: largest heap in use seen by the sampler; live MB: heap after a full GC at"
            + " the end of the phase; cpu: process CPU time / (wall time x cores); art/cpu-s: articles"
            + " per second of process CPU time (JIT and GC included), the per-core rate that other"
            + " processes competing for the cores do not distort.");
    out.println();
    out.println("heap samples (s, phase, used MB, live after latest GC MB):");
    for (HeapMonitor.Sample s : heapSamples) {
      out.printf(
          Locale.ROOT,
          "  %7.1f  %-26s %7.0f %7.0f%n",
          s.seconds(),
          s.phase(),
          s.used() / MB,
          s.afterLastGc() < 0 ? Double.NaN : s.afterLastGc() / MB);
    }
    out.println();
    for (Phase p : phases) {
      if (p.name().startsWith("pipeline")) {
        out.printf(
            Locale.ROOT,
            "target %s: %.1f articles/s per core by wall clock, %.1f per CPU second (target >="
                + " %.0f): %s; peak heap %.0f MB (target <= %.0f MB): %s%n",
            p.name(),
            p.articlesPerSecondPerCore(),
            p.articlesPerCpuSecond(),
            targetArticlesPerSecondPerCore,
            Math.max(p.articlesPerSecondPerCore(), p.articlesPerCpuSecond())
                    >= targetArticlesPerSecondPerCore
                ? "MET"
                : "MISSED",
            p.peakHeapBytes() / MB,
            targetHeapBytes / MB,
            p.peakHeapBytes() <= targetHeapBytes ? "MET" : "MISSED");
      }
    }
    out.flush();
  }
}
