package org.vigie.spark;

/** What a run did, for the log and the throughput figures. */
public record JobReport(
    long badLines,
    long articles,
    long extractionFailures,
    long mentions,
    long edges,
    int componentRounds,
    int hotKeys,
    long events,
    Timings timings) {

  /** Seconds per stage: read and extract, block pairs, components, fusion, writing. */
  public record Timings(
      double extract, double pairs, double components, double fusion, double write) {
    public double total() {
      return extract + pairs + components + fusion + write;
    }
  }

  public double seconds() {
    return timings.total();
  }

  public double articlesPerSecond() {
    return seconds() <= 0 ? 0 : articles / seconds();
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%d articles (%d bad lines, %d extraction failures) -> %d mentions, %d merge edges"
            + " (%d hot keys, %d component rounds) -> %d events in %.1f s (%.1f articles/s;"
            + " extract %.1f s, pairs %.1f s, components %.1f s, fusion %.1f s, write %.1f s)",
        articles,
        badLines,
        extractionFailures,
        mentions,
        edges,
        hotKeys,
        componentRounds,
        events,
        seconds(),
        articlesPerSecond(),
        timings.extract(),
        timings.pairs(),
        timings.components(),
        timings.fusion(),
        timings.write());
  }
}
