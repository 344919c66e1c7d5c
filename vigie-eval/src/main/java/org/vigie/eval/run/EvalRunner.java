package org.vigie.eval.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldFile;
import org.vigie.eval.gold.GoldReader;
import org.vigie.eval.gold.TextDigest;
import org.vigie.eval.score.ArticleScore;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.eval.score.Scorer;
import org.vigie.extract.Extractor;
import org.vigie.geo.Geocoders;
import org.vigie.geo.eval.ToponymEvaluation;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;

/**
 * Reads gold files, runs the extractor on their texts and scores the output. Extraction runs on a
 * pool of one thread per core (the extractor is thread-safe); results are kept in input order so
 * reports do not depend on scheduling.
 */
public final class EvalRunner {
  /** Sets of single sentences, for which the type-only view is reported too. */
  static final Set<String> TYPE_ONLY_SETS = Set.of("petrarch", "plover-gsr");

  private static final int MAX_LISTED_PROBLEMS = 20;

  private final Extractor extractor;
  private final Path textsDir;
  private final int limit;
  private final int threads;
  private PlaceScorer places = PlaceScorer.DEFAULT;
  private boolean merge;

  /**
   * @param textsDir folder of {@code <id>.txt} for gold lines without text (news-dev), or null
   * @param limit first records per file to score ({@code Integer.MAX_VALUE} for all)
   */
  public EvalRunner(Extractor extractor, Path textsDir, int limit) {
    this(extractor, textsDir, limit, Runtime.getRuntime().availableProcessors());
  }

  EvalRunner(Extractor extractor, Path textsDir, int limit, int threads) {
    this.extractor = extractor;
    this.textsDir = textsDir;
    this.limit = limit <= 0 ? Integer.MAX_VALUE : limit;
    this.threads = Math.max(1, threads);
  }

  /** Scores place-only files (GeoWebNews) with {@code scorer} instead of the default geocoder. */
  public EvalRunner places(PlaceScorer scorer) {
    this.places = scorer;
    return this;
  }

  /**
   * Also scores §6: the extraction results of each scored file are ingested into a temporary
   * embedded store and the merged event ids scored against {@code same_event_as}.
   */
  public EvalRunner merge(boolean on) {
    this.merge = on;
    return this;
  }

  public List<FileEvaluation> evaluate(List<Path> goldFiles) throws IOException {
    List<FileEvaluation> out = new ArrayList<>();
    for (Path p : goldFiles) {
      out.add(evaluate(p));
    }
    return out;
  }

  public FileEvaluation evaluate(Path goldPath) throws IOException {
    String name = goldPath.getFileName().toString();
    if (!Files.isRegularFile(goldPath)) {
      return new FileEvaluation(name, FileEvaluation.Status.NOT_FOUND, null, false, 0, List.of());
    }
    GoldFile gold = GoldReader.read(goldPath, limit);
    List<String> notes = new ArrayList<>(gold.problems());
    if (gold.placeOnly()) {
      // vigie-geo's toponym evaluation reads the file itself
      ToponymEvaluation.Result r = null;
      if (places != null) {
        try {
          r = scorePlaces(goldPath);
        } catch (RuntimeException e) {
          notes.add(
              "geo evaluation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
      return new FileEvaluation(
          name, FileEvaluation.Status.PLACE_ONLY, null, false, 0, shorten(notes), r, null);
    }
    List<GoldArticle> ready = new ArrayList<>();
    int skipped = 0;
    for (GoldArticle a : gold.articles()) {
      GoldArticle withText = withText(a, notes);
      if (withText == null) {
        skipped++;
      } else {
        ready.add(withText);
      }
    }
    List<ArticleScore> scores = extractAndScore(ready, notes);
    boolean typeOnly = !ready.isEmpty() && ready.stream().allMatch(a -> isTypeOnly(a.set()));
    MergeMetrics mergeScore = null;
    if (merge) {
      try {
        mergeScore = MergeEvaluation.score(scores);
      } catch (IOException | RuntimeException e) {
        notes.add(
            "merge evaluation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return new FileEvaluation(
        name,
        FileEvaluation.Status.SCORED,
        Scorer.aggregate(scores),
        typeOnly,
        skipped,
        shorten(notes),
        null,
        mergeScore);
  }

  /** The toponym scores of a place-only file; with {@code --limit}, of its first records. */
  private ToponymEvaluation.Result scorePlaces(Path goldPath) throws IOException {
    if (limit == Integer.MAX_VALUE) {
      return places.score(goldPath);
    }
    List<String> lines;
    try (var all = Files.lines(goldPath, StandardCharsets.UTF_8)) {
      lines = all.filter(l -> !l.isBlank()).limit(limit).toList();
    }
    Path tmp = Files.createTempFile("vigie-eval-places", ".jsonl");
    try {
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      return places.score(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Scores a place-only gold file (GeoWebNews format). */
  @FunctionalInterface
  public interface PlaceScorer {
    /** vigie-geo's {@link ToponymEvaluation} through {@code Geocoders.loadDefault()}. */
    PlaceScorer DEFAULT = file -> new ToponymEvaluation(Geocoders.loadDefault()).run(file, false);

    ToponymEvaluation.Result score(Path jsonl) throws IOException;
  }

  static boolean isTypeOnly(String set) {
    return set != null && TYPE_ONLY_SETS.contains(set);
  }

  /** The article with its text, read from {@code --texts} when the gold does not carry it. */
  GoldArticle withText(GoldArticle a, List<String> notes) throws IOException {
    if (a.text() != null) {
      return a;
    }
    if (textsDir == null) {
      notes.add(a.id() + ": no text in the gold and no --texts folder: skipped");
      return null;
    }
    Path file = textsDir.resolve(a.id() + ".txt");
    if (!Files.isRegularFile(file)) {
      notes.add(a.id() + ": text missing (" + file + "): skipped");
      return null;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String mismatch = TextDigest.mismatch(a, text);
    if (mismatch != null) {
      notes.add(a.id() + ": text differs from the one annotated (" + mismatch + ")");
    }
    return a.withText(text);
  }

  private List<ArticleScore> extractAndScore(List<GoldArticle> articles, List<String> notes)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, articles.size())));
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>();
      for (GoldArticle a : articles) {
        Article article = toArticle(a);
        futures.add(pool.submit(() -> extractor.extract(article)));
      }
      List<ArticleScore> out = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        GoldArticle a = articles.get(i);
        ArticleResult result = null;
        String error = null;
        try {
          result = futures.get(i).get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause() == null ? e : e.getCause();
          error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
          notes.add(a.id() + ": extraction failed (" + error + "), counted with no predictions");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while extracting", e);
        }
        out.add(Scorer.score(a, result, error));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The extractor's input: what a user would give for this article, and nothing of the gold. */
  public static Article toArticle(GoldArticle a) {
    LocalDate published = null;
    if (a.published() != null) {
      try {
        published = LocalDate.parse(a.published());
      } catch (DateTimeParseException e) {
        published = null; // not a day: the extractor gets no publication date
      }
    }
    return new Article(a.id(), a.text(), published, a.lang(), a.url(), a.outlet(), null);
  }

  private static List<String> shorten(List<String> notes) {
    if (notes.size() <= MAX_LISTED_PROBLEMS) {
      return notes;
    }
    List<String> out = new ArrayList<>(notes.subList(0, MAX_LISTED_PROBLEMS));
    out.add("… and " + (notes.size() - MAX_LISTED_PROBLEMS) + " more");
    return out;
  }
}
