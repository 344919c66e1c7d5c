package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.Predicted.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.model.Event;

class EventMatcherTest {

  @Test
  void takesTheHighestScoringPairFirst() {
    GoldEvent g0 = GoldEvent.builder().at(0, 0, 25).days("2024-05-01").type("ASSAULT").build();
    GoldEvent g1 = GoldEvent.builder().at(0, 0, 25).days("2024-05-02").type("ASSAULT").build();
    // p0 fits g1 exactly (score 5) and g0 only by window (score 3); p1 fits g0 exactly
    Event p0 = event().at(0, 0).on("2024-05-02").type("ASSAULT").build();
    Event p1 = event().at(0, 0).on("2024-05-01").type("ASSAULT").build();
    ArticleMatch m = EventMatcher.match(List.of(g0, g1), List.of(p0, p1));
    assertThat(m.pairs())
        .extracting(MatchedPair::gold, MatchedPair::predicted)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(0, 1));
    assertThat(m.unmatchedGold()).isEmpty();
    assertThat(m.unmatchedPredicted()).isEmpty();
  }

  @Test
  void greedyDoesNotBacktrack() {
    // g0 prefers p0 (score 5 vs 4); g1 only fits p0; greedy gives p0 to g0 and leaves g1 unmatched
    GoldEvent g0 = GoldEvent.builder().at(0, 0, 25).days("2024-05-01").type("ASSAULT").build();
    GoldEvent g1 = GoldEvent.builder().at(0, 0, 25).days("2024-05-01").build();
    Event p0 = event().at(0, 0).on("2024-05-01").type("ASSAULT").build();
    Event p1 = event().at(0, 0).on("2024-05-04").type("ASSAULT").build();
    ArticleMatch m = EventMatcher.match(List.of(g0, g1), List.of(p0, p1));
    assertThat(m.pairs().get(0)).isEqualTo(new MatchedPair(0, 0, 5, 0.0));
    assertThat(m.pairs().get(1).gold()).isEqualTo(1);
    assertThat(m.pairs().get(1).predicted()).isEqualTo(1);
  }

  @Test
  void tiesGoToTheSmallerDistance() {
    GoldEvent g = GoldEvent.builder().at(0, 0, 100).build();
    Event far = event().at(0.5, 0).build(); // both within tol: same score
    Event near = event().at(0.1, 0).build();
    ArticleMatch m = EventMatcher.match(List.of(g), List.of(far, near));
    assertThat(m.pairs()).singleElement().extracting(MatchedPair::predicted).isEqualTo(1);
    assertThat(m.unmatchedPredicted()).containsExactly(0);
  }

  @Test
  void thenToFileOrder() {
    GoldEvent g0 = GoldEvent.builder().type("PROTEST").build();
    GoldEvent g1 = GoldEvent.builder().type("PROTEST").build();
    Event p0 = event().type("PROTEST").build();
    Event p1 = event().type("PROTEST").build();
    ArticleMatch m = EventMatcher.match(List.of(g0, g1), List.of(p0, p1));
    assertThat(m.pairs())
        .containsExactly(new MatchedPair(0, 0, 1, null), new MatchedPair(1, 1, 1, null));
  }

  @Test
  void incompatiblePairsAreNeverMatched() {
    GoldEvent g = GoldEvent.builder().at(0, 0, 25).days("2024-05-01").build();
    Event late = event().at(0, 0).on("2024-05-05").build();
    Event far = event().at(5, 5).on("2024-05-01").build();
    ArticleMatch m = EventMatcher.match(List.of(g), List.of(late, far));
    assertThat(m.pairs()).isEmpty();
    assertThat(m.unmatchedGold()).containsExactly(0);
    assertThat(m.unmatchedPredicted()).containsExactly(0, 1);
  }

  @Test
  void onlyDiscretePredictionsCount() {
    GoldEvent g = GoldEvent.builder().type("ASSAULT").build();
    Event aggregate = event().scope("aggregate").type("ASSAULT").build();
    Event background = event().scope("background").type("ASSAULT").build();
    Event noScope = event().scope(null).type("ASSAULT").build();
    ArticleMatch m = EventMatcher.match(List.of(g), List.of(aggregate, background, noScope));
    assertThat(m.pairs()).singleElement().extracting(MatchedPair::predicted).isEqualTo(2);
    assertThat(m.unmatchedPredicted()).isEmpty();
  }
}
