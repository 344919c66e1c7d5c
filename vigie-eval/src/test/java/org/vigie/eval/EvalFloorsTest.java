package org.vigie.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldReader;
import org.vigie.eval.run.EvalRunner;
import org.vigie.eval.run.FileEvaluation;
import org.vigie.eval.score.Field;
import org.vigie.eval.score.Metrics;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;

/**
 * The default extractor must not fall below the floors of {@code floors.properties} on the shared
 * gold sets. Skips when {@code ../shared/eval} is absent, and while the pipeline is not assembled
 * ({@link Extractors#createDefault()} throws UnsupportedOperationException) — only then.
 */
class EvalFloorsTest {
  /** Gold file → key prefix of its floors. */
  static final Map<String, String> SETS = new LinkedHashMap<>();

  static {
    SETS.put("acled-sample.jsonl", "acled");
    SETS.put("gtd-sample.jsonl", "gtd");
    SETS.put("popcorn-fr.jsonl", "popcorn");
    SETS.put("petrarch-en.jsonl", "petrarch-en");
    SETS.put("petrarch-ar.jsonl", "petrarch-ar");
    SETS.put("plover-gsr-en.jsonl", "plover-gsr");
  }

  @Test
  void defaultExtractorStaysAboveTheFloors() throws IOException {
    Path dir = SharedEval.dir();
    Extractor extractor;
    try {
      extractor = Extractors.createDefault();
    } catch (UnsupportedOperationException e) {
      abort("the default pipeline is not available yet: " + e.getMessage());
      return;
    }
    Properties floors = floors();
    EvalRunner runner = new EvalRunner(extractor, null, 0);
    Map<String, Double> metrics = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> set : SETS.entrySet()) {
      FileEvaluation f = runner.evaluate(dir.resolve(set.getKey()));
      assertThat(f.status()).as(set.getKey()).isEqualTo(FileEvaluation.Status.SCORED);
      Metrics m = f.score().overall();
      if (m.failures() > 0) {
        failures.add(
            set.getKey() + ": extraction failed on " + m.failures() + " articles: " + f.notes());
      }
      metrics.putAll(metricsOf(set.getValue(), m));
    }
    StringBuilder table = new StringBuilder("metrics (floor):\n");
    for (String key : new TreeMap<>(floors).keySet().stream().map(Object::toString).toList()) {
      double floor = Double.parseDouble(floors.getProperty(key).trim());
      Double value = metrics.get(key);
      table.append(String.format(Locale.ROOT, "  %-22s %s (%.3f)%n", key, value, floor));
      if (!metrics.containsKey(key)) {
        failures.add(key + ": no such metric (known: " + metrics.keySet() + ")");
      } else if (value.isNaN() ? floor > 0 : value < floor) {
        failures.add(String.format(Locale.ROOT, "%s = %.4f < floor %.4f", key, value, floor));
      }
    }
    System.out.print(table);
    assertThat(failures).as("metrics below their floors").isEmpty();
  }

  /** Every floor must name a metric its set scores, checked with the gold as its own answer. */
  @Test
  void everyFloorNamesAMetricTheSetScores() throws IOException {
    Path dir = SharedEval.dir();
    Map<String, Double> metrics = new TreeMap<>();
    for (Map.Entry<String, String> set : SETS.entrySet()) {
      Path path = dir.resolve(set.getKey());
      Map<String, GoldArticle> byId = new HashMap<>();
      GoldReader.read(path).articles().forEach(a -> byId.put(a.id(), a));
      FileEvaluation f = new EvalRunner(new GoldOracle(byId), null, 0).evaluate(path);
      metrics.putAll(metricsOf(set.getValue(), f.score().overall()));
    }
    for (Object key : floors().keySet()) {
      assertThat(metrics.get(key.toString())).as(key.toString()).isNotNull().isNotNaN();
    }
  }

  static Map<String, Double> metricsOf(String prefix, Metrics m) {
    Map<String, Double> out = new TreeMap<>();
    out.put(prefix + ".f1", m.f1());
    out.put(prefix + ".precision", m.precision());
    out.put(prefix + ".recall", m.recall());
    out.put(prefix + ".typed_f1", m.typedF1());
    for (Field f : Field.values()) {
      out.put(prefix + "." + f.key(), m.field(f).accuracy());
    }
    return out;
  }

  static Properties floors() throws IOException {
    Properties p = new Properties();
    try (InputStream in = EvalFloorsTest.class.getResourceAsStream("floors.properties")) {
      assertThat(in).as("floors.properties").isNotNull();
      p.load(in);
    }
    return p;
  }
}
