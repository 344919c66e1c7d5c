package org.vigie.eval.run;

import java.util.List;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.eval.score.SetScore;
import org.vigie.geo.eval.ToponymEvaluation;

/**
 * What the runner did with one gold file. {@code score} is null unless {@code status} is SCORED;
 * {@code places} holds the toponym scores of a place-only file (null when not run); {@code merge}
 * the §6 merge scores when asked for ({@code --merge}), else null; {@code notes} holds warnings
 * (bad lines, text checks, skipped records, failed extractions).
 */
public record FileEvaluation(
    String file,
    Status status,
    SetScore score,
    boolean typeOnly,
    int skipped,
    List<String> notes,
    ToponymEvaluation.Result places,
    MergeMetrics merge) {

  public enum Status {
    SCORED,
    /** Place-only gold (GeoWebNews): scored by the geo evaluation ({@code places}). */
    PLACE_ONLY,
    NOT_FOUND
  }

  public FileEvaluation {
    notes = List.copyOf(notes);
  }

  public FileEvaluation(
      String file,
      Status status,
      SetScore score,
      boolean typeOnly,
      int skipped,
      List<String> notes) {
    this(file, status, score, typeOnly, skipped, notes, null, null);
  }

  public FileEvaluation withMerge(MergeMetrics m) {
    return new FileEvaluation(file, status, score, typeOnly, skipped, notes, places, m);
  }
}
