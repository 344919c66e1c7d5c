package org.vigie.eval.score;

/** The fields scored on matched pairs (SCORING.md §4), in report order. */
public enum Field {
  TYPE,
  MODE,
  ACTOR1,
  ACTOR2,
  DATE,
  PLACE,
  COUNTRY,
  KILLED,
  INJURED,
  CLAIMED;

  /** The lower-case key used in reports, JSON and floors ({@code acled.killed}). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
