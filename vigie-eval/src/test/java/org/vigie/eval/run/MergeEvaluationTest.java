package org.vigie.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.Predicted.event;
import static org.vigie.eval.Predicted.result;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.eval.gold.GoldLink;
import org.vigie.eval.score.ArticleScore;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.eval.score.Scorer;
import org.vigie.model.ArticleResult;
import org.vigie.store.ContentHash;
import org.vigie.store.EventStore;
import org.vigie.store.merge.Mention;

class MergeEvaluationTest {
  @TempDir Path dir;

  private static final GoldEvent STRIKE = GoldEvent.builder().type("ASSAULT").build();

  private static ArticleScore scored(GoldArticle g, ArticleResult r) {
    return Scorer.score(g, r, null);
  }

  /** A made-up article: its own text, one gold strike, links to other articles' event 0. */
  private static GoldArticle article(String id, String text, String... linkedTo) {
    List<GoldLink> links =
        java.util.Arrays.stream(linkedTo).map(o -> new GoldLink(0, o, 0)).toList();
    return GoldArticle.of(id, "fr", List.of(STRIKE)).withText(text).withLinks(links);
  }

  @Test
  void eachPredictionMapsThroughTheMentionIdOfItsIndex() {
    ArticleScore a =
        scored(
            article("a", "Texte A", "b"),
            result(event().scope("aggregate").build(), event().type("ASSAULT").build()));
    ArticleScore b = scored(article("b", "Texte B", "a"), result(event().type("ASSAULT").build()));
    ArticleScore failed = Scorer.score(article("c", "Texte C"), null, "boom");
    String shaA = ContentHash.sha256("Texte A");
    String shaB = ContentHash.sha256("Texte B");
    Map<String, String> eventOfMention = new HashMap<>();
    eventOfMention.put(Mention.idFor(shaA, 0), "ev-agg");
    eventOfMention.put(Mention.idFor(shaA, 1), "ev-1");
    // b's only event was not stored: no entry

    Map<String, Map<Integer, String>> ids =
        MergeEvaluation.storedIds(List.of(a, b, failed), eventOfMention);

    assertThat(ids.get("a")).containsExactlyInAnyOrderEntriesOf(Map.of(0, "ev-agg", 1, "ev-1"));
    assertThat(ids.get("b")).isEmpty();
    assertThat(ids).doesNotContainKey("c");
  }

  @Test
  void mappingFeedsTheMergeScore() {
    ArticleScore a = scored(article("a", "Texte A", "b"), result(event().type("ASSAULT").build()));
    ArticleScore b = scored(article("b", "Texte B", "a"), result(event().type("ASSAULT").build()));
    ArticleScore d = scored(article("d", "Texte D"), result(event().type("ASSAULT").build()));
    Map<String, String> eventOfMention =
        Map.of(
            Mention.idFor(ContentHash.sha256("Texte A"), 0), "ev-1",
            Mention.idFor(ContentHash.sha256("Texte B"), 0), "ev-1",
            Mention.idFor(ContentHash.sha256("Texte D"), 0), "ev-1");
    MergeMetrics m =
        org.vigie.eval.score.MergeScorer.score(
            List.of(a, b, d), MergeEvaluation.storedIds(List.of(a, b, d), eventOfMention));
    // merged: a-b, a-d, b-d; linked: a-b
    assertThat(m.merged()).isEqualTo(3);
    assertThat(m.linked()).isEqualTo(1);
    assertThat(m.correct()).isEqualTo(1);
  }

  @Test
  void theStoreMergesTwoReportsOfOneStrikeAndKeepsAnotherApart() {
    ArticleScore a =
        scored(
            article("a", "Une frappe de drone a touché Gao le 2 janvier.", "b"),
            result(
                event()
                    .type("ASSAULT")
                    .mode("drone")
                    .at(16.27, -0.04, "ML")
                    .on("2024-01-02")
                    .killed(3)
                    .build()));
    ArticleScore b =
        scored(
            article("b", "Un drone a frappé Gao mardi : trois morts.", "a"),
            result(
                event()
                    .type("ASSAULT")
                    .mode("drone")
                    .at(16.27, -0.04, "ML")
                    .on("2024-01-02")
                    .killed(3)
                    .build()));
    ArticleScore c =
        scored(
            article("c", "Une manifestation à Dakar en mars."),
            result(event().type("PROTEST").at(14.69, -17.44, "SN").on("2024-03-10").build()));
    List<ArticleScore> articles = List.of(a, b, c);
    MergeMetrics m;
    Map<String, Map<Integer, String>> ids;
    try (EventStore store = EventStore.open(dir.resolve("store"))) {
      m = MergeEvaluation.score(store, articles);
      ids = MergeEvaluation.storedIds(articles, MergeEvaluation.eventOfMention(store));
    }
    // every prediction is found in the store, the two strike reports in one event
    assertThat(ids.get("a")).containsKey(0);
    assertThat(ids.get("b")).containsKey(0);
    assertThat(ids.get("c")).containsKey(0);
    assertThat(ids.get("a").get(0)).isEqualTo(ids.get("b").get(0));
    assertThat(ids.get("c").get(0)).isNotEqualTo(ids.get("a").get(0));
    assertThat(m.linked()).isEqualTo(1);
    assertThat(m.merged()).isEqualTo(1);
    assertThat(m.correct()).isEqualTo(1);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
  }

  @Test
  void theTemporaryStoreIsScoredAndRemoved() throws Exception {
    ArticleScore a = scored(article("a", "Texte A"), result(event().type("ASSAULT").build()));
    MergeMetrics m = MergeEvaluation.score(List.of(a));
    assertThat(m.linked()).isZero();
    assertThat(m.merged()).isZero();
  }
}
