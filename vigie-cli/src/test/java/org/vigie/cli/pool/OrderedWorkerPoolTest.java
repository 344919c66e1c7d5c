package org.vigie.cli.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkerPoolTest {

  @Test
  void resultsComeOutInSubmissionOrderAndInFlightWorkIsBounded() throws Exception {
    int threads = 3;
    int capacity = 6;
    List<Integer> consumed = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger submitted = new AtomicInteger();
    AtomicInteger maxOutstanding = new AtomicInteger();
    try (OrderedWorkerPool<Integer> pool =
        new OrderedWorkerPool<>(threads, capacity, consumed::add)) {
      for (int i = 0; i < 300; i++) {
        int n = i;
        pool.submit(
            () -> {
              Thread.sleep(ThreadLocalRandom.current().nextInt(3));
              return n;
            });
        // Submitted but not yet consumed: bounded by the queue plus the one being consumed.
        maxOutstanding.accumulateAndGet(submitted.incrementAndGet() - consumed.size(), Math::max);
        if (n % 50 == 0) {
          pool.submitValue(-n);
          submitted.incrementAndGet();
        }
      }
      pool.finish();
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      expected.add(i);
      if (i % 50 == 0) {
        expected.add(-i);
      }
    }
    assertThat(consumed).isEqualTo(expected);
    assertThat(maxOutstanding.get()).isLessThanOrEqualTo(capacity + 2);
  }

  @Test
  void aThrowingTaskStopsThePoolAndIsReported() throws Exception {
    try (OrderedWorkerPool<Integer> pool = new OrderedWorkerPool<>(2, 2, n -> {})) {
      pool.submit(
          () -> {
            throw new IllegalStateException("boom");
          });
      assertThatThrownBy(pool::finish)
          .isInstanceOf(ExecutionException.class)
          .hasRootCauseMessage("boom");
    }
  }
}
