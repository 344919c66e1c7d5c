package org.vigie.eval.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.eval.score.ArticleScore;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.eval.score.MergeScorer;
import org.vigie.model.Article;
import org.vigie.store.ContentHash;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.StoredMention;
import org.vigie.store.WriteMode;
import org.vigie.store.merge.Mention;

/**
 * SCORING.md §6 through the real store: the extraction results of the scored articles are written
 * to a temporary embedded store (one batch, so the store merges them as it would any ingest), each
 * predicted event is mapped to the stored event that holds its mention, and {@link MergeScorer}
 * scores the merges against {@code same_event_as}.
 *
 * <p>The store keeps one mention per event of {@code ArticleResult.events()}, in order, with the id
 * {@link Mention#idFor}(sha256 of the text, index); the stored events list their mentions ({@link
 * EventStore#get}). Articles whose extraction failed are not stored: their predictions are none.
 */
public final class MergeEvaluation {
  private MergeEvaluation() {}

  /** Ingests the articles into a fresh temporary store, scores §6, and deletes the store. */
  public static MergeMetrics score(List<ArticleScore> articles) throws IOException {
    Path dir = Files.createTempDirectory("vigie-eval-merge");
    try {
      try (EventStore store = EventStore.open(dir)) {
        return score(store, articles);
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** Writes the articles' extraction results to {@code store} and scores §6 on what it merged. */
  public static MergeMetrics score(EventStore store, List<ArticleScore> articles) {
    List<ExtractedArticle> batch = new ArrayList<>();
    for (ArticleScore a : articles) {
      if (a.result() != null) {
        Article article = EvalRunner.toArticle(a.gold());
        batch.add(ExtractedArticle.of(article, a.result()));
      }
    }
    if (!batch.isEmpty()) {
      store.write(batch, WriteMode.SKIP_KNOWN);
    }
    return MergeScorer.score(articles, storedIds(articles, eventOfMention(store)));
  }

  /** Mention id → id of the stored event that holds it, over every event (rejected ones too). */
  public static Map<String, String> eventOfMention(EventStore store) {
    List<String> eventIds = new ArrayList<>();
    store.stream(EventQuery.builder().includeRejected(true).build(), e -> eventIds.add(e.id()));
    Map<String, String> out = new HashMap<>();
    for (String id : eventIds) {
      store
          .get(id)
          .ifPresent(
              d -> {
                for (StoredMention m : d.mentions()) {
                  out.put(m.id(), d.event().id());
                }
              });
    }
    return out;
  }

  /**
   * The map {@link MergeScorer#score} takes: per article id, index in {@code
   * ArticleResult.events()} → stored event id, found through the mention id the store gives the
   * {@code index}-th event of an article with that text. Predictions whose mention is not in {@code
   * eventOfMention} are left out (not stored).
   */
  public static Map<String, Map<Integer, String>> storedIds(
      List<ArticleScore> articles, Map<String, String> eventOfMention) {
    Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
    for (ArticleScore a : articles) {
      if (a.result() == null || a.result().events() == null || a.gold().text() == null) {
        continue;
      }
      String sha = ContentHash.sha256(a.gold().text());
      Map<Integer, String> ids = new HashMap<>();
      for (int i = 0; i < a.result().events().size(); i++) {
        String event = eventOfMention.get(Mention.idFor(sha, i));
        if (event != null) {
          ids.put(i, event);
        }
      }
      out.put(a.gold().id(), ids);
    }
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
