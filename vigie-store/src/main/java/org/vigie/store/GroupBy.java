package org.vigie.store;

/** How {@link EventStore#aggregate} groups events. {@code cellDegrees} only for {@code CELL}. */
public record GroupBy(Kind kind, double cellDegrees) {

  public enum Kind {
    DAY,
    WEEK,
    CELL,
    ACTOR,
    TYPE
  }

  public static GroupBy day() {
    return new GroupBy(Kind.DAY, 0);
  }

  public static GroupBy week() {
    return new GroupBy(Kind.WEEK, 0);
  }

  public static GroupBy actor() {
    return new GroupBy(Kind.ACTOR, 0);
  }

  public static GroupBy type() {
    return new GroupBy(Kind.TYPE, 0);
  }

  public static GroupBy cell(double degrees) {
    if (!(degrees > 0)) {
      throw new IllegalArgumentException("cell size must be positive: " + degrees);
    }
    return new GroupBy(Kind.CELL, degrees);
  }
}
