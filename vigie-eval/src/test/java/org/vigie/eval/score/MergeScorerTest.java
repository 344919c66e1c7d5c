package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.Predicted.event;
import static org.vigie.eval.Predicted.result;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.eval.gold.GoldLink;

class MergeScorerTest {
  private static final GoldEvent STRIKE = GoldEvent.builder().type("ASSAULT").build();

  /** Three reports of one strike (a↔b, b↔c: linked transitively) and an unrelated one. */
  private static List<ArticleScore> articles() {
    GoldArticle a =
        GoldArticle.of("a", "fr", List.of(STRIKE)).withLinks(List.of(new GoldLink(0, "b", 0)));
    GoldArticle b =
        GoldArticle.of("b", "fr", List.of(STRIKE))
            .withLinks(List.of(new GoldLink(0, "a", 0), new GoldLink(0, "c", 0)));
    GoldArticle c =
        GoldArticle.of("c", "en", List.of(STRIKE)).withLinks(List.of(new GoldLink(0, "b", 0)));
    GoldArticle d = GoldArticle.of("d", "ar", List.of(STRIKE));
    return List.of(a, b, c, d).stream()
        .map(
            g -> Scorer.score(g, result(event().scope("aggregate").build(), event().build()), null))
        .toList();
  }

  @Test
  void perfectMergeHasFullPrecisionAndRecall() {
    // the matched prediction is index 1 (index 0 is an aggregate)
    MergeMetrics m =
        MergeScorer.score(
            articles(),
            Map.of(
                "a",
                Map.of(1, "S1"),
                "b",
                Map.of(1, "S1"),
                "c",
                Map.of(1, "S1"),
                "d",
                Map.of(1, "S2")));
    assertThat(m.linked()).isEqualTo(3);
    assertThat(m.merged()).isEqualTo(3);
    assertThat(m.correct()).isEqualTo(3);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.linkedUnmatched()).isZero();
  }

  @Test
  void wrongAndMissedMergesLowerPrecisionAndRecall() {
    MergeMetrics m =
        MergeScorer.score(
            articles(),
            Map.of(
                "a",
                Map.of(1, "S1"),
                "b",
                Map.of(1, "S1"),
                "c",
                Map.of(1, "S3"),
                "d",
                Map.of(1, "S1")));
    // merged pairs: a-b, a-d, b-d; linked: a-b, a-c, b-c
    assertThat(m.merged()).isEqualTo(3);
    assertThat(m.correct()).isEqualTo(1);
    assertThat(m.precision()).isEqualTo(1.0 / 3);
    assertThat(m.recall()).isEqualTo(1.0 / 3);
  }

  @Test
  void unstoredPredictionsMergeWithNothing() {
    MergeMetrics m = MergeScorer.score(articles(), Map.of());
    assertThat(m.merged()).isZero();
    assertThat(m.precision()).isNaN();
    assertThat(m.recall()).isZero();
  }
}
