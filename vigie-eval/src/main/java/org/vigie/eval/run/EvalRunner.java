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
import org.vigie.eval.score.Scorer;
import org.vigie.extract.Extractor;
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
      // the toponym scorer of vigie-geo reads these; the report says so
      return new FileEvaluation(name, FileEvaluation.Status.PLACE_ONLY, null, false, 0, notes);
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
    return new FileEvaluation(
        name,
        FileEvaluation.Status.SCORED,
        Scorer.aggregate(scores),
        typeOnly,
        skipped,
        shorten(notes));
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
  static Article toArticle(GoldArticle a) {
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
