package org.vigie.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.eval.GoldOracle;
import org.vigie.eval.SharedEval;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldReader;

/**
 * When the news-dev texts have been materialised (git-ignored {@code eval-texts/news-dev/} at the
 * project root, or {@code -Dvigie.texts=DIR}), they must pass the gold's length and hash checks and
 * score through the runner. CI has no texts: skipped.
 */
class NewsDevTextsTest {

  static Path textsDir() {
    String prop = System.getProperty("vigie.texts");
    Path dir = prop != null ? Path.of(prop) : Path.of("..", "eval-texts", "news-dev");
    assumeTrue(Files.isDirectory(dir), "news-dev texts not materialised: " + dir.toAbsolutePath());
    return dir;
  }

  @Test
  void materialisedTextsAreTheAnnotatedOnes() throws IOException {
    Path gold = SharedEval.file("news-dev.jsonl");
    Path texts = textsDir();
    Map<String, GoldArticle> byId = new HashMap<>();
    GoldReader.read(gold).articles().forEach(a -> byId.put(a.id(), a));
    FileEvaluation f = new EvalRunner(new GoldOracle(byId), texts, 0, 2).evaluate(gold);
    assertThat(f.notes()).noneMatch(n -> n.contains("differs"));
    assertThat(f.score().overall().articles() + f.skipped()).isEqualTo(byId.size());
    assertThat(f.score().overall().fn()).isZero();
  }
}
