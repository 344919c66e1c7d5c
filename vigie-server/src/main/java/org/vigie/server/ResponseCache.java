package org.vigie.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers recent JSON answers of the read endpoints. The map and the timeline ask the same
 * aggregations again on every pan and every filter toggle; with 1 M events those are the costly
 * queries. Every write through this server bumps the generation, which empties the cache; a short
 * time-to-live covers writers in other processes (ingest into a shared PostgreSQL store).
 */
final class ResponseCache {
  private final int capacity;
  private final long ttlNanos;
  private final AtomicLong generation = new AtomicLong();
  private final Map<String, Entry> entries;

  private record Entry(long generation, long at, String json) {}

  ResponseCache(int capacity, long ttlMillis) {
    this.capacity = capacity;
    this.ttlNanos = ttlMillis * 1_000_000L;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ResponseCache.this.capacity;
          }
        };
  }

  /** The cached JSON for {@code key}, else what {@code compute} gives (then cached). */
  String get(String key, Supplier<String> compute) {
    if (capacity == 0) {
      return compute.get();
    }
    long gen = generation.get();
    long now = System.nanoTime();
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null && e.generation == gen && now - e.at < ttlNanos) {
        return e.json;
      }
    }
    // computed outside the lock: two racing misses both query, which is harmless
    String json = compute.get();
    synchronized (entries) {
      entries.put(key, new Entry(gen, now, json));
    }
    return json;
  }

  void invalidate() {
    generation.incrementAndGet();
    synchronized (entries) {
      entries.clear();
    }
  }
}
