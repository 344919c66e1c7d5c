package org.vigie.eval.run;

import java.util.List;
import org.vigie.eval.score.SetScore;

/**
 * What the runner did with one gold file. {@code score} is null unless {@code status} is SCORED;
 * {@code notes} holds warnings (bad lines, text checks, skipped records, failed extractions).
 */
public record FileEvaluation(
    String file, Status status, SetScore score, boolean typeOnly, int skipped, List<String> notes) {

  public enum Status {
    SCORED,
    /** Place-only gold (GeoWebNews): scored by the geo evaluation, not here. */
    PLACE_ONLY,
    NOT_FOUND
  }

  public FileEvaluation {
    notes = List.copyOf(notes);
  }
}
