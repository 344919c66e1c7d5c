package org.vigie.store;

import java.util.Locale;
import java.util.Map;

/** What one ingest run did. {@code skipped} counts skipped inputs by reason. */
public record IngestSummary(
    long articlesRead,
    Map<String, Long> skipped,
    long duplicates,
    long articlesStored,
    long mentions,
    long eventsCreated,
    long eventsMerged,
    double seconds) {

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public String format() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "articles read %d, stored %d, duplicates %d, skipped %d; mentions %d, events"
                    + " created %d, mentions merged into multi-source events %d; %.1f s (%.0f"
                    + " articles/s)",
                articlesRead,
                articlesStored,
                duplicates,
                skippedTotal(),
                mentions,
                eventsCreated,
                eventsMerged,
                seconds,
                seconds > 0 ? articlesRead / seconds : 0));
    skipped.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%n  skipped %d: %s", v, k)));
    return sb.toString();
  }
}
