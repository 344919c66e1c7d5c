package org.vigie.cli.pool;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a fixed number of threads and hands their results to a consumer strictly in
 * submission order, on one consumer thread.
 *
 * <p>At most {@code capacity} results are pending (running, queued or done but waiting for an
 * earlier one); {@link #submit} blocks beyond that. This back-pressure keeps memory flat however
 * long the input, while a capacity of a few tasks per thread keeps every thread busy even when
 * article sizes vary.
 *
 * <p>Tasks are expected to report their own failures in their result; one that throws anyway stops
 * the pool, and {@link #finish} rethrows its exception.
 */
public final class OrderedWorkerPool<T> implements AutoCloseable {

  private static final Future<?> END = CompletableFuture.completedFuture(null);

  private final ExecutorService workers;
  private final BlockingQueue<Future<?>> pending;
  private final Thread consumerThread;
  private volatile Throwable failure;

  public OrderedWorkerPool(int threads, int capacity, Consumer<? super T> consumer) {
    if (threads < 1 || capacity < 1) {
      throw new IllegalArgumentException("threads and capacity must be positive");
    }
    this.workers = Executors.newFixedThreadPool(threads, daemonThreads("vigie-worker-"));
    this.pending = new ArrayBlockingQueue<>(capacity);
    this.consumerThread = daemonThreads("vigie-output-").newThread(() -> drain(consumer));
    this.consumerThread.start();
  }

  /** Queues a task, blocking while {@code capacity} results are already pending. */
  public void submit(Callable<? extends T> task) throws InterruptedException {
    checkFailure();
    pending.put(workers.submit(task));
  }

  /** Queues a result known already (an unreadable input) so it keeps its place in the order. */
  public void submitValue(T value) throws InterruptedException {
    checkFailure();
    pending.put(CompletableFuture.completedFuture(value));
  }

  /** Whether the consumer has stopped because a task or the consumer itself failed. */
  public boolean failed() {
    return failure != null;
  }

  /**
   * Waits until every submitted result has been consumed.
   *
   * @throws ExecutionException if a task or the consumer threw
   */
  public void finish() throws InterruptedException, ExecutionException {
    if (consumerThread.isAlive()) {
      pending.put(END);
    }
    consumerThread.join();
    workers.shutdown();
    if (failure != null) {
      throw new ExecutionException(failure);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    consumerThread.interrupt();
  }

  @SuppressWarnings("unchecked")
  private void drain(Consumer<? super T> consumer) {
    try {
      while (true) {
        Future<?> next = pending.take();
        if (next == END) {
          return;
        }
        consumer.accept((T) next.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      failure = e.getCause();
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      if (failure != null) {
        // Unblock a producer waiting in submit(): nobody will take from the queue any more.
        pending.clear();
      }
    }
  }

  private void checkFailure() {
    if (failure != null) {
      throw new IllegalStateException("the worker pool stopped", failure);
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
