package org.vigie.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.store.merge.PairwiseMergeScore.GoldRef;
import org.vigie.store.merge.PairwiseMergeScore.Matched;

class PairwiseMergeScoreTest {
  @Test
  void countsPairsAcrossArticles() {
    GoldRef a = new GoldRef("A", 0);
    GoldRef b = new GoldRef("B", 0);
    GoldRef c = new GoldRef("C", 0);
    GoldRef d = new GoldRef("D", 0);
    List<GoldRef[]> links = List.of(new GoldRef[] {a, b}, new GoldRef[] {b, c});
    // predicted: a+b together (right), c alone (missed), d with a (wrong)
    var r =
        PairwiseMergeScore.score(
            links,
            List.of(
                new Matched(a, "e1"),
                new Matched(b, "e1"),
                new Matched(c, "e2"),
                new Matched(d, "e1")));
    assertThat(r.goldPairs()).isEqualTo(3); // ab, bc, ac by transitivity
    assertThat(r.predictedPairs()).isEqualTo(3); // ab, ad, bd
    assertThat(r.truePositives()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(1 / 3.0);
    assertThat(r.recall()).isEqualTo(1 / 3.0);
  }
}
