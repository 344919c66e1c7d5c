package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.cli.pool.OrderedWorkerPool;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import org.vigie.extract.lang.LanguagePack;
import org.vigie.model.Article;
import org.vigie.model.Json;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;
import org.vigie.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie bench [CORPUS]}: streams a corpus through the default pipeline and reports
 * throughput and heap, next to plain normalisation and tokenisation of the same corpus.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the pipeline on a corpus: load time, plain tokenisation, then the whole pipeline"
          + " (extraction and JSON serialisation, output discarded) on one thread and on a pool"
          + " of N threads; articles/s, articles/s per core, MB/s and heap.",
      "Without CORPUS, builds one in a temporary file by cycling the texts of the evaluation sets"
          + " (SHARED/eval/*.jsonl) and built-in examples up to --size-mb."
    })
public final class BenchCommand implements Callable<Integer> {
  static final double TARGET_PER_CORE = 200;
  static final long TARGET_HEAP = 1L << 30;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "CORPUS",
      description = "JSONL corpus, one {\"id\",\"text\",\"lang\"?} a line.")
  Path corpus;

  @Option(
      names = "--size-mb",
      defaultValue = "20",
      description = "Size of the corpus built without CORPUS (default: ${DEFAULT-VALUE}).")
  double sizeMb;

  @Option(
      names = "--threads",
      description = "Threads of the parallel pass (default: the available cores).")
  Integer threads;

  @Option(
      names = "--warmup-articles",
      defaultValue = "5000",
      description =
          "Articles extracted before measuring, for the JIT, taken evenly across the corpus"
              + " (default: ${DEFAULT-VALUE}).")
  int warmupArticles;

  @Option(
      names = "--max-seconds",
      defaultValue = "0",
      description =
          "Stop each pass after this long (0: the whole corpus; default: ${DEFAULT-VALUE}).")
  double maxSeconds;

  @Option(
      names = "--sample-seconds",
      defaultValue = "2",
      description = "Seconds between heap samples (default: ${DEFAULT-VALUE}).")
  double sampleSeconds;

  @Option(
      names = "--shared",
      description =
          "Shared directory holding eval/*.jsonl (default: -Dvigie.shared, else ../shared).")
  Path shared;

  @Option(
      names = "--detect-language",
      description = "Ignore the corpus' lang fields: the pipeline detects each language.")
  boolean detectLanguage;

  @Option(names = "--single-only", description = "Skip the parallel pass.")
  boolean singleOnly;

  @Option(names = "--keep-corpus", description = "Keep the built corpus file; print its path.")
  boolean keepCorpus;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out =
        spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    int cores = Runtime.getRuntime().availableProcessors();
    int n = threads == null ? cores : threads;
    if (n < 1 || sizeMb <= 0 || warmupArticles < 0) {
      err.println("vigie bench: --threads and --size-mb must be positive");
      return 2;
    }
    Path file = corpus;
    boolean built = false;
    long corpusArticles = -1;
    if (file == null) {
      Path sharedDir = sharedDir();
      List<Path> sources = CorpusBuilder.evalSources(sharedDir);
      file = Files.createTempFile("vigie-bench-", ".jsonl");
      built = true;
      if (!keepCorpus) {
        file.toFile().deleteOnExit();
      }
      err.printf(
          "vigie bench: building a %.0f MB corpus from %d evaluation files%s and built-in examples%n",
          sizeMb, sources.size(), sources.isEmpty() ? " (none found under " + sharedDir + ")" : "");
      CorpusBuilder.Corpus c = CorpusBuilder.build(file, (long) (sizeMb * 1024 * 1024), sources);
      corpusArticles = c.articles();
      if (keepCorpus) {
        err.println("vigie bench: corpus kept at " + file);
      }
    } else if (!Files.isRegularFile(file)) {
      err.println("vigie bench: no such file: " + file);
      return 1;
    }
    try (HeapMonitor heap = new HeapMonitor(sampleSeconds)) {
      BenchReport report = run(file, built, corpusArticles, n, cores, heap, err);
      if (json) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(report));
        out.flush();
      } else {
        report.printTable(out);
      }
    } finally {
      if (built && !keepCorpus) {
        Files.deleteIfExists(file);
      }
    }
    return 0;
  }

  private Path sharedDir() {
    if (shared != null) {
      return shared;
    }
    String prop = System.getProperty("vigie.shared");
    return Path.of(prop != null && !prop.isBlank() ? prop : "../shared");
  }

  private BenchReport run(
      Path file,
      boolean built,
      long corpusArticles,
      int n,
      int cores,
      HeapMonitor heap,
      PrintWriter err)
      throws Exception {
    double loadAverageStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    // (a) loading the default pipeline, first use in this JVM
    heap.startPhase("load");
    long t0 = System.nanoTime();
    Extractor extractor = Extractors.createDefault();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    long liveAfterLoad = heap.liveAfterGc();
    err.printf("vigie bench: pipeline loaded in %.2f s%n", loadSeconds);

    Map<String, Tokenizer> tokenizers = new HashMap<>();
    for (String lang : List.of("fr", "en", "ar")) {
      tokenizers.put(lang, LanguagePack.load(lang).tokenizer());
    }

    // warm-up, not measured
    heap.startPhase("warm-up");
    long w0 = System.nanoTime();
    int warmed = 0;
    // every k-th article, so that every source and language of the corpus warms the JIT (the
    // first N articles would all come from the first source)
    long lines;
    try (java.util.stream.Stream<String> all = Files.lines(file)) {
      lines = all.count();
    }
    long stride = Math.max(1, lines / Math.max(1, warmupArticles));
    try (CorpusReader r = new CorpusReader(file, !detectLanguage)) {
      Article a;
      long i = 0;
      while (warmed < warmupArticles && (a = r.next()) != null) {
        if (i++ % stride != 0) {
          continue;
        }
        extractAndSerialise(extractor, a);
        tokenise(tokenizers, a);
        warmed++;
      }
    }
    double warmupSeconds = (System.nanoTime() - w0) / 1e9;

    List<BenchReport.Phase> phases = new ArrayList<>();
    err.println("vigie bench: reading only");
    phases.add(
        sequential(
            "read (JSON parse only)",
            file,
            heap,
            a -> {
              return a.text().length();
            }));
    err.println("vigie bench: normalise + tokenise");
    phases.add(sequential("normalise+tokenise", file, heap, a -> tokenise(tokenizers, a)));
    err.println("vigie bench: pipeline, 1 thread");
    phases.add(sequential("pipeline 1 thread", file, heap, a -> extractAndSerialise(extractor, a)));
    if (!singleOnly) {
      err.printf("vigie bench: pipeline, %d threads%n", n);
      phases.add(parallel(file, heap, extractor, n, cores));
    }
    long articles = corpusArticles >= 0 ? corpusArticles : phases.get(0).articles();
    return new BenchReport(
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        cores,
        loadAverageStart,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory(),
        file.toString(),
        built,
        Files.size(file),
        articles,
        loadSeconds,
        liveAfterLoad,
        warmupSeconds,
        warmed,
        phases,
        heap.samples(),
        TARGET_PER_CORE,
        TARGET_HEAP);
  }

  /** Work on one article returning something derived from the result, so it is not elided. */
  @FunctionalInterface
  interface Work {
    long apply(Article a) throws Exception;
  }

  static long tokenise(Map<String, Tokenizer> tokenizers, Article a) {
    Tokenizer t = tokenizers.get(a.language());
    if (t == null) {
      t = tokenizers.get("en");
    }
    TokenizedText tt = t.tokenize(TextNormalizer.normalize(a.text()));
    return tt.tokens().size();
  }

  static long extractAndSerialise(Extractor extractor, Article a) {
    return Json.write(extractor.extract(a)).length();
  }

  private BenchReport.Phase sequential(String name, Path file, HeapMonitor heap, Work work)
      throws Exception {
    heap.startPhase(name);
    long articles = 0;
    long bytes = 0;
    long sink = 0;
    long failures = 0;
    boolean truncated = false;
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    long deadline = maxSeconds > 0 ? t0 + (long) (maxSeconds * 1e9) : Long.MAX_VALUE;
    try (CorpusReader r = new CorpusReader(file, !detectLanguage)) {
      Article a;
      while ((a = r.next()) != null) {
        try {
          sink += work.apply(a);
        } catch (RuntimeException | StackOverflowError e) {
          failures++;
        }
        articles++;
        bytes += CorpusReader.utf8Length(a.text());
        if ((articles & 63) == 0 && System.nanoTime() > deadline) {
          truncated = true;
          break;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = processCpuNanos() - cpu0;
    return phase(name, 1, 1, articles, failures, bytes, sink, seconds, cpu, heap, truncated);
  }

  private BenchReport.Phase parallel(
      Path file, HeapMonitor heap, Extractor extractor, int n, int cores) throws Exception {
    String name = "pipeline " + n + " threads";
    heap.startPhase(name);
    AtomicLong sink = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long articles = 0;
    long bytes = 0;
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    // the pool of `vigie extract`, with its capacity: tasks serialise, one thread consumes in order
    try (OrderedWorkerPool<String> pool =
            new OrderedWorkerPool<>(n, n * 4, doc -> sink.addAndGet(doc.length()));
        CorpusReader r = new CorpusReader(file, !detectLanguage)) {
      Article a;
      while ((a = r.next()) != null) {
        Article article = a;
        pool.submit(
            () -> {
              try {
                return Json.write(extractor.extract(article));
              } catch (RuntimeException | StackOverflowError e) {
                failures.incrementAndGet();
                return "";
              }
            });
        articles++;
        bytes += CorpusReader.utf8Length(a.text());
      }
      pool.finish();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the worker pool failed", e.getCause());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = processCpuNanos() - cpu0;
    return phase(
        name,
        n,
        Math.min(n, cores),
        articles,
        failures.get(),
        bytes,
        sink.get(),
        seconds,
        cpu,
        heap,
        false);
  }

  private static BenchReport.Phase phase(
      String name,
      int threads,
      int coresUsed,
      long articles,
      long failures,
      long bytes,
      long sink,
      double seconds,
      long cpuNanos,
      HeapMonitor heap,
      boolean truncated) {
    long peak = heap.peakSincePhaseStart();
    heap.sample();
    long sampled = heap.maxSampledSincePhaseStart();
    long live = heap.liveAfterGc();
    double rate = articles / seconds;
    int cores = Runtime.getRuntime().availableProcessors();
    return new BenchReport.Phase(
        name,
        threads,
        articles,
        failures,
        bytes,
        sink,
        seconds,
        rate,
        rate / coresUsed,
        bytes / (1024.0 * 1024.0) / seconds,
        cpuNanos < 0 ? -1 : cpuNanos / 1e9 / (seconds * cores),
        cpuNanos < 0 ? -1 : cpuNanos / 1e9,
        cpuNanos <= 0 ? -1 : articles / (cpuNanos / 1e9),
        peak,
        sampled,
        live,
        truncated);
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
