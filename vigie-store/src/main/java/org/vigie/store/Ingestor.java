package org.vigie.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.store.source.ArticleReader;
import org.vigie.store.source.ArticleSources;

/**
 * Streams articles into the store: one reader (the calling thread), a bounded pool of extraction
 * workers, and a single writer thread that batches results into transactions.
 *
 * <p>Back-pressure: at most two batches plus {@code threads × 32} articles are read but not yet
 * written; the reader blocks beyond that, so memory stays flat whatever the corpus size. Articles
 * already stored (same content hash) are recognised before extraction and not extracted again. When
 * an acknowledgement file is given, the ids of every committed batch are appended and synced to it
 * after the commit: what it lists survives a crash.
 */
public final class Ingestor {

  /** How to ingest. {@code ackFile} may be null. */
  public record Options(
      int threads, int batchSize, boolean reextract, boolean progress, Path ackFile) {

    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), 500, false, true, null);
    }

    public Options withThreads(int n) {
      return new Options(Math.max(1, n), batchSize, reextract, progress, ackFile);
    }

    public Options withBatchSize(int n) {
      return new Options(threads, Math.max(1, n), reextract, progress, ackFile);
    }

    public Options withReextract(boolean r) {
      return new Options(threads, batchSize, r, progress, ackFile);
    }

    public Options withProgress(boolean p) {
      return new Options(threads, batchSize, reextract, p, ackFile);
    }

    public Options withAckFile(Path f) {
      return new Options(threads, batchSize, reextract, progress, f);
    }
  }

  private static final ExtractedArticle END = new ExtractedArticle(Article.of("end", ""), "", null);

  private final EventStore store;
  private final Extractor extractor;
  private final Options options;
  private final ArticleSources sources;
  private final PrintStream err;

  public Ingestor(EventStore store, Extractor extractor, Options options) {
    this(store, extractor, options, ArticleSources.defaults(), System.err);
  }

  public Ingestor(
      EventStore store,
      Extractor extractor,
      Options options,
      ArticleSources sources,
      PrintStream err) {
    this.store = store;
    this.extractor = extractor;
    this.options = options;
    this.sources = sources;
    this.err = err;
  }

  /** Ingests every article under {@code paths}. */
  public IngestSummary ingest(List<Path> paths) {
    return run(sink -> sources.read(paths, sink));
  }

  /** Ingests the given articles (an API or test entry point). */
  public IngestSummary ingestArticles(Iterable<Article> articles) {
    return run(
        sink -> {
          for (Article a : articles) {
            sink.article(a);
          }
        });
  }

  /** Re-extracts every stored article with the current extractor; reviewer edits are kept. */
  public IngestSummary reextractAll() {
    Ingestor redo = new Ingestor(store, extractor, options.withReextract(true), sources, err);
    return redo.run(
        sink ->
            store.forEachArticle(
                a ->
                    sink.article(
                        new Article(
                            a.id(),
                            a.text(),
                            a.published(),
                            a.language(),
                            a.url(),
                            a.outlet(),
                            a.title()))));
  }

  private interface Producer {
    void produce(ArticleReader.Sink sink);
  }

  private IngestSummary run(Producer producer) {
    long t0 = System.nanoTime();
    Counters n = new Counters();
    Map<String, Long> skipped = new TreeMap<>();
    int threads = Math.max(1, options.threads());
    // Room for a full batch being written, the next one filling, and the workers' share: with
    // less, the writer never sees a full batch, waits out its poll timeout and commits small ones.
    int window = 2 * Math.max(1, options.batchSize()) + threads * 32;
    Semaphore inFlight = new Semaphore(window);
    BlockingQueue<ExtractedArticle> toWrite = new ArrayBlockingQueue<>(window + 1);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("vigie-extract"));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer =
        daemon("vigie-writer")
            .newThread(() -> writeLoop(toWrite, inFlight, n, skipped, failure, t0));
    writer.start();
    List<Article> pending = new ArrayList<>();
    ArticleReader.Sink sink =
        new ArticleReader.Sink() {
          @Override
          public void article(Article a) {
            n.read.incrementAndGet();
            pending.add(a);
            if (pending.size() >= 256) {
              submit(pending, workers, inFlight, toWrite, n, skipped, failure);
              pending.clear();
            }
          }

          @Override
          public void skipped(String where, String reason) {
            synchronized (skipped) {
              skipped.merge(reason, 1L, Long::sum);
            }
          }
        };
    try {
      producer.produce(sink);
      submit(pending, workers, inFlight, toWrite, n, skipped, failure);
      workers.shutdown();
      workers.awaitTermination(365, TimeUnit.DAYS);
      toWrite.put(END);
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } finally {
      workers.shutdownNow();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("ingest failed: " + failure.get(), failure.get());
    }
    if (options.progress()) {
      err.println();
    }
    return new IngestSummary(
        n.read.get(),
        Map.copyOf(skipped),
        n.duplicates.get(),
        n.stored.get(),
        n.mentions.get(),
        n.created.get(),
        n.merged.get(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Drops articles already stored (one query per chunk), then hands the rest to the workers. */
  private void submit(
      List<Article> chunk,
      ExecutorService workers,
      Semaphore inFlight,
      BlockingQueue<ExtractedArticle> toWrite,
      Counters n,
      Map<String, Long> skipped,
      AtomicReference<Throwable> failure) {
    if (chunk.isEmpty()) {
      return;
    }
    List<String> hashes = chunk.stream().map(a -> ContentHash.sha256(a.text())).toList();
    Set<String> known = options.reextract() ? Set.of() : store.knownArticles(hashes);
    for (int i = 0; i < chunk.size(); i++) {
      if (failure.get() != null) {
        return;
      }
      if (known.contains(hashes.get(i))) {
        n.duplicates.incrementAndGet();
        continue;
      }
      Article a = chunk.get(i);
      String sha = hashes.get(i);
      inFlight.acquireUninterruptibly();
      workers.execute(
          () -> {
            ExtractedArticle out;
            try {
              ArticleResult r = extractor.extract(a);
              out = new ExtractedArticle(a, sha, r);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
              // one article the extractor chokes on must not stall the pipeline
              synchronized (skipped) {
                skipped.merge("extraction failed: " + e.getClass().getSimpleName(), 1L, Long::sum);
              }
              inFlight.release();
              return;
            }
            try {
              toWrite.put(out);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
  }

  private void writeLoop(
      BlockingQueue<ExtractedArticle> in,
      Semaphore inFlight,
      Counters n,
      Map<String, Long> skipped,
      AtomicReference<Throwable> failure,
      long t0) {
    List<ExtractedArticle> batch = new ArrayList<>();
    long lastProgress = 0;
    try {
      while (true) {
        ExtractedArticle a = in.poll(200, TimeUnit.MILLISECONDS);
        boolean end = a == END;
        if (a != null && !end) {
          batch.add(a);
        }
        if (!batch.isEmpty() && (end || a == null || batch.size() >= options.batchSize())) {
          WriteResult r =
              store.write(batch, options.reextract() ? WriteMode.REEXTRACT : WriteMode.SKIP_KNOWN);
          acknowledge(r.storedArticleIds());
          n.stored.addAndGet(r.articlesWritten());
          n.duplicates.addAndGet(r.duplicates());
          n.mentions.addAndGet(r.mentionsWritten());
          n.created.addAndGet(r.eventsCreated());
          n.merged.addAndGet(r.eventsMerged());
          inFlight.release(batch.size());
          batch.clear();
        }
        long now = System.nanoTime();
        if (options.progress() && (now - lastProgress > 1_000_000_000L || end)) {
          lastProgress = now;
          double s = (now - t0) / 1e9;
          err.printf(
              Locale.ROOT,
              "\r%,d read, %,d stored, %,d duplicates, %,d skipped, %,d events new — %.0f articles/s ",
              n.read.get(),
              n.stored.get(),
              n.duplicates.get(),
              skipped.values().stream().mapToLong(Long::longValue).sum(),
              n.created.get(),
              s > 0 ? n.stored.get() / s : 0);
        }
        if (end) {
          return;
        }
      }
    } catch (Throwable t) {
      failure.set(t);
      inFlight.release(1 << 20); // unblock the reader so that the run can end and report
      try {
        while (in.take() != END) {
          // drain so that no worker stays blocked on a full queue
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Appends committed ids to the acknowledgement file and syncs it: only then are they acked. */
  private void acknowledge(List<String> ids) {
    if (options.ackFile() == null || ids.isEmpty()) {
      return;
    }
    try (FileChannel ch =
        FileChannel.open(
            options.ackFile(),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      ch.write(
          java.nio.ByteBuffer.wrap(
              (String.join("\n", ids) + "\n").getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong i = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + i.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static final class Counters {
    final AtomicLong read = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong mentions = new AtomicLong();
    final AtomicLong created = new AtomicLong();
    final AtomicLong merged = new AtomicLong();
  }
}
