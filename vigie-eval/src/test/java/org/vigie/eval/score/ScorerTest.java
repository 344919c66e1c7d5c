package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.Predicted.event;
import static org.vigie.eval.Predicted.result;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.eval.gold.GoldValue;

class ScorerTest {

  @Test
  void countsTruePositivesFalsePositivesAndMisses() {
    GoldEvent g0 = GoldEvent.builder().at(0, 0, 25).days("2024-05-01").type("ASSAULT").build();
    GoldEvent g1 = GoldEvent.builder().at(10, 10, 25).days("2024-05-01").type("ASSAULT").build();
    GoldArticle a = GoldArticle.of("a", "en", List.of(g0, g1));
    ArticleScore s =
        Scorer.score(
            a,
            result(
                event().at(0, 0).on("2024-05-01").type("PROTEST").build(),
                event().at(40, 40).on("2024-05-01").build()),
            null);
    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fp()).isEqualTo(1);
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.typedTp()).isZero();
    assertThat(s.fields().get(Field.TYPE)).isEqualTo(new Tally(0, 1));
    assertThat(s.fields().get(Field.DATE)).isEqualTo(new Tally(1, 1));
    assertThat(s.fields()).doesNotContainKey(Field.KILLED);
  }

  @Test
  void optionalGoldIsNeitherFoundNorMissed() {
    GoldEvent opt = GoldEvent.builder().optional(true).at(0, 0, 25).type("ASSAULT").build();
    GoldEvent real = GoldEvent.builder().at(10, 10, 25).type("ASSAULT").build();
    GoldArticle a = GoldArticle.of("a", "fr", List.of(opt, real));
    ArticleScore matched = Scorer.score(a, result(event().at(0, 0).type("PROTEST").build()), null);
    assertThat(matched.tp()).isZero();
    assertThat(matched.fp()).isZero();
    assertThat(matched.fn()).isEqualTo(1);
    assertThat(matched.optionalMatched()).isEqualTo(1);
    assertThat(matched.fields()).isEmpty();
    ArticleScore missed = Scorer.score(a, result(), null);
    assertThat(missed.fn()).isEqualTo(1);
  }

  @Test
  void failedExtractionCountsAsNoPrediction() {
    GoldArticle a = GoldArticle.of("a", "ar", List.of(GoldEvent.builder().build()));
    ArticleScore s = Scorer.score(a, null, "boom");
    assertThat(s.fn()).isEqualTo(1);
    assertThat(Scorer.aggregate(List.of(s)).overall().failures()).isEqualTo(1);
  }

  @Test
  void tollsCountEveryEventOfAnyScopeWithAListedFigure() {
    GoldArticle a = GoldArticle.of("a", "fr", List.of()).withTolls(List.of(41615, 11));
    ArticleScore s =
        Scorer.score(
            a,
            result(
                event().scope("aggregate").killed(41615).build(),
                event().killed(3).injured(11).build(),
                event().killed(11).injured(11).build(),
                event().killed(4).build()),
            null);
    assertThat(s.tollHits()).isEqualTo(3);
    assertThat(Scorer.tollHits(List.of(), List.of(event().killed(3).build()))).isZero();
  }

  @Test
  void aggregatesMicroAveragesPerLanguage() {
    GoldEvent g = GoldEvent.builder().type("ASSAULT").killed(GoldValue.of(null)).build();
    ArticleScore en =
        Scorer.score(GoldArticle.of("e", "en", List.of(g)), result(event().build()), null);
    ArticleScore fr = Scorer.score(GoldArticle.of("f", "fr", List.of(g, g)), result(), null);
    ArticleScore ar =
        Scorer.score(
            GoldArticle.of("r", "ar", List.of()), result(event().build(), event().build()), null);
    SetScore set = Scorer.aggregate(List.of(en, fr, ar));
    Metrics all = set.overall();
    assertThat(List.of(all.tp(), all.fp(), all.fn())).containsExactly(1, 2, 2);
    assertThat(all.precision()).isEqualTo(1.0 / 3);
    assertThat(all.recall()).isEqualTo(1.0 / 3);
    assertThat(all.f1()).isEqualTo(1.0 / 3);
    assertThat(all.field(Field.KILLED)).isEqualTo(new Tally(1, 1));
    assertThat(set.byLanguage()).containsOnlyKeys("ar", "en", "fr");
    assertThat(set.byLanguage().get("fr").recall()).isZero();
    assertThat(set.byLanguage().get("fr").precision()).isNaN();
    assertThat(set.byLanguage().get("fr").f1()).isZero();
    assertThat(set.byLanguage().get("ar").precision()).isZero();
  }
}
