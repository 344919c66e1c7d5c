package org.vigie.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.eval.GoldOracle;
import org.vigie.eval.SharedEval;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldFile;
import org.vigie.eval.gold.GoldReader;
import org.vigie.eval.report.Reports;
import org.vigie.eval.score.ArticleScore;
import org.vigie.eval.score.Field;
import org.vigie.eval.score.Metrics;
import org.vigie.eval.score.Scorer;
import org.vigie.eval.score.SetScore;

/** The gold scored against itself must come out perfect: a check of reader, rules and runner. */
class GoldOracleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acled-sample.jsonl",
        "gtd-sample.jsonl",
        "popcorn-fr.jsonl",
        "popcorn-fr-all.jsonl",
        "petrarch-en.jsonl",
        "petrarch-ar.jsonl",
        "plover-gsr-en.jsonl"
      })
  void goldScoresPerfectlyAgainstItself(String name) throws IOException {
    Path path = SharedEval.file(name);
    GoldFile gold = GoldReader.read(path);
    assertThat(gold.problems()).isEmpty();
    Map<String, GoldArticle> byId = new HashMap<>();
    gold.articles().forEach(a -> byId.put(a.id(), a));
    FileEvaluation f = new EvalRunner(new GoldOracle(byId), null, 0, 2).evaluate(path);
    System.out.print(Reports.plain(List.of(f)));
    assertPerfect(f.score().overall());
  }

  @org.junit.jupiter.api.Test
  void newsDevGoldScoresPerfectlyWithoutItsTexts() throws IOException {
    GoldFile gold = GoldReader.read(SharedEval.file("news-dev.jsonl"));
    List<ArticleScore> scores =
        gold.articles().stream().map(a -> Scorer.score(a, GoldOracle.answer(a), null)).toList();
    SetScore s = Scorer.aggregate(scores);
    assertPerfect(s.overall());
    assertThat(s.overall().optionalMatched()).isEqualTo(5);
    assertThat(s.overall().tp()).isEqualTo(48);
    assertThat(s.byLanguage()).containsOnlyKeys("ar", "en", "fr");
  }

  private static void assertPerfect(Metrics m) {
    assertThat(m.fp()).as("FP").isZero();
    assertThat(m.fn()).as("FN").isZero();
    for (Field f : Field.values()) {
      assertThat(m.field(f).correct()).as(f.key()).isEqualTo(m.field(f).n());
    }
  }
}
