package org.vigie.geo.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigie.geo.Geocoders;

/**
 * Runs the GeoWebNews evaluation when {@code ../shared} is present (system property {@code
 * vigie.shared}) and checks the scores against the floors recorded in {@code floors.properties},
 * set just below the measured numbers so that a regression fails the build.
 */
class ToponymEvaluationTest {

  @Test
  void geoWebNewsScoresDoNotRegress() throws Exception {
    String shared = System.getProperty("vigie.shared");
    assumeTrue(shared != null, "vigie.shared not set");
    Path file = Path.of(shared, "eval", "geowebnews-en.jsonl");
    assumeTrue(Files.exists(file), "GeoWebNews gold not found: " + file);

    Properties floors = new Properties();
    try (InputStream in = getClass().getResourceAsStream("floors.properties")) {
      floors.load(in);
    }
    ToponymEvaluation.Result r = new ToponymEvaluation(Geocoders.loadDefault()).run(file, false);
    System.out.println(r.report());

    assertThat(r.accuracy161()).isGreaterThanOrEqualTo(floor(floors, "accuracy161"));
    assertThat(r.medianKm()).isLessThanOrEqualTo(floor(floors, "medianKm.max"));
    assertThat(r.recall()).isGreaterThanOrEqualTo(floor(floors, "recall"));
    assertThat(r.literalRecall()).isGreaterThanOrEqualTo(floor(floors, "literalRecall"));
    assertThat(r.precision()).isGreaterThanOrEqualTo(floor(floors, "precision"));
  }

  private static double floor(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key));
  }
}
