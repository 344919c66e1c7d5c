package org.vigie.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.eval.GoldOracle;
import org.vigie.eval.SharedEval;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldReader;
import org.vigie.eval.score.ArticleScore;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.store.EventStore;

/**
 * §6 on news-dev through the real store, with the gold oracle as extractor (perfect extraction):
 * every prediction must be found in the store, and the merge scores are those of the store's merge
 * alone. Needs the materialised texts ({@code -Dvigie.texts=DIR} or {@code
 * ../eval-texts/news-dev}); skipped without them (CI).
 */
class NewsDevMergeEvalTest {
  @TempDir Path dir;

  @Test
  void everyPredictionIsFoundInTheStoreAndMergesAreScored() throws IOException {
    Path gold = SharedEval.file("news-dev.jsonl");
    Path texts = NewsDevTextsTest.textsDir();
    Map<String, GoldArticle> byId = new HashMap<>();
    GoldReader.read(gold).articles().forEach(a -> byId.put(a.id(), a));
    FileEvaluation f = new EvalRunner(new GoldOracle(byId), texts, 0, 2).evaluate(gold);
    List<ArticleScore> articles = f.score().articles();
    MergeMetrics m;
    Map<String, Map<Integer, String>> ids;
    try (EventStore store = EventStore.open(dir.resolve("store"))) {
      m = MergeEvaluation.score(store, articles);
      ids = MergeEvaluation.storedIds(articles, MergeEvaluation.eventOfMention(store));
    }
    for (ArticleScore a : articles) {
      assertThat(ids.get(a.gold().id())).hasSize(a.result().events().size());
    }
    assertThat(m.linkedUnmatched()).isZero();
    assertThat(m.linked()).isPositive();
    assertThat(m.recall()).isPositive();
    System.out.println(
        "news-dev merge with perfect extraction: P "
            + m.precision()
            + " ("
            + m.correct()
            + "/"
            + m.merged()
            + "), R "
            + m.recall()
            + " ("
            + m.correct()
            + "/"
            + m.linked()
            + ")");
  }
}
