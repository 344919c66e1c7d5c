package org.vigie.eval.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Micro-averaged detection (§3), field accuracies (§4) and tolls (§5) over a group of articles.
 * Rates are NaN when their denominator is zero.
 */
public record Metrics(
    int articles,
    int tp,
    int fp,
    int fn,
    int optionalMatched,
    int typedTp,
    Map<Field, Tally> fields,
    int tollHits,
    int tollArticles,
    int failures) {

  public static final Metrics EMPTY =
      new Metrics(0, 0, 0, 0, 0, 0, new EnumMap<>(Field.class), 0, 0, 0);

  public Metrics {
    EnumMap<Field, Tally> copy = new EnumMap<>(Field.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** 2·TP / (2·TP + FP + FN): 0 when nothing was found, NaN only when there was nothing at all. */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  /** Type-only view: a detection counts only when its type is right too. */
  public double typedPrecision() {
    return ratio(typedTp, tp + fp);
  }

  public double typedRecall() {
    return ratio(typedTp, tp + fn);
  }

  public double typedF1() {
    return ratio(2 * typedTp, 2 * tp + fp + fn);
  }

  public Tally field(Field f) {
    return fields.getOrDefault(f, Tally.ZERO);
  }

  public Metrics plus(ArticleScore a) {
    EnumMap<Field, Tally> f = new EnumMap<>(Field.class);
    f.putAll(fields);
    a.fields().forEach((k, v) -> f.merge(k, v, Tally::plus));
    return new Metrics(
        articles + 1,
        tp + a.tp(),
        fp + a.fp(),
        fn + a.fn(),
        optionalMatched + a.optionalMatched(),
        typedTp + a.typedTp(),
        f,
        tollHits + a.tollHits(),
        tollArticles + (a.gold().notEventTolls().isEmpty() ? 0 : 1),
        failures + (a.error() == null ? 0 : 1));
  }

  public Metrics plus(Metrics o) {
    EnumMap<Field, Tally> f = new EnumMap<>(Field.class);
    f.putAll(fields);
    o.fields().forEach((k, v) -> f.merge(k, v, Tally::plus));
    return new Metrics(
        articles + o.articles,
        tp + o.tp,
        fp + o.fp,
        fn + o.fn,
        optionalMatched + o.optionalMatched,
        typedTp + o.typedTp,
        f,
        tollHits + o.tollHits,
        tollArticles + o.tollArticles,
        failures + o.failures);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
