package org.vigie.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the heap during a run: peak usage from the heap pools (reset after a GC at the start of
 * each phase), and a sample every few seconds of the heap in use and of the live heap left by the
 * latest collection, which is what shows whether memory stays flat as the corpus goes by.
 */
public final class HeapMonitor implements AutoCloseable {
  private static final int MAX_SAMPLES = 5_000;

  /** One sample: seconds since the monitor started, the phase, and heap figures in bytes. */
  public record Sample(double seconds, String phase, long used, long committed, long afterLastGc) {}

  private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer;
  private final long start = System.nanoTime();
  private volatile String phase = "start";
  private volatile long maxSampled;

  public HeapMonitor(double sampleSeconds) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        heapPools.add(pool);
      }
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "vigie-heap-sampler");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(100, (long) (sampleSeconds * 1000));
    timer.scheduleAtFixedRate(this::sample, period, period, TimeUnit.MILLISECONDS);
  }

  /** Collects garbage, resets the pools' peaks and names the phase the next samples belong to. */
  public void startPhase(String name) {
    gc();
    for (MemoryPoolMXBean pool : heapPools) {
      pool.resetPeakUsage();
    }
    maxSampled = 0;
    phase = name;
    sample();
  }

  /**
   * The peak heap since {@link #startPhase}: the sum of the pools' peaks (an upper bound, the pools
   * may peak at different moments).
   */
  public long peakSincePhaseStart() {
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      MemoryUsage peak = pool.getPeakUsage();
      if (peak != null) {
        sum += peak.getUsed();
      }
    }
    return sum;
  }

  /** The largest heap in use seen by the sampler since {@link #startPhase}. */
  public long maxSampledSincePhaseStart() {
    return maxSampled;
  }

  /** The heap still in use after a full collection: the live set. */
  public long liveAfterGc() {
    gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  public void sample() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long used = heap.getUsed();
    if (used > maxSampled) {
      maxSampled = used;
    }
    Sample s =
        new Sample(
            (System.nanoTime() - start) / 1e9, phase, used, heap.getCommitted(), afterLastGc());
    synchronized (this) {
      if (samples.size() < MAX_SAMPLES) {
        samples.add(s);
      }
    }
  }

  /** Heap in use right after the latest collection (HotSpot only; -1 when unknown). */
  private static long afterLastGc() {
    long best = -1;
    long bestEnd = -1;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof com.sun.management.GarbageCollectorMXBean hotspot)) {
        continue;
      }
      com.sun.management.GcInfo info = hotspot.getLastGcInfo();
      if (info == null || info.getEndTime() < bestEnd) {
        continue;
      }
      long sum = 0;
      for (Map.Entry<String, MemoryUsage> e : info.getMemoryUsageAfterGc().entrySet()) {
        if (isHeapPool(e.getKey())) {
          sum += e.getValue().getUsed();
        }
      }
      best = sum;
      bestEnd = info.getEndTime();
    }
    return best;
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  private static void gc() {
    // two rounds: the first may only queue finalizable and weakly reachable objects
    System.gc();
    System.gc();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
