package org.vigie.eval.score;

/**
 * §6 pairwise merge scores over all pairs of matched predictions: {@code merged} pairs share a
 * stored event id, {@code linked} pairs are gold-linked ({@code same_event_as}), {@code correct}
 * are both. {@code linkedUnmatched} counts gold-linked pairs left out because one side was not
 * matched (reported so a low count of pairs is not mistaken for good recall).
 */
public record MergeMetrics(int merged, int linked, int correct, int linkedUnmatched) {

  public double precision() {
    return merged == 0 ? Double.NaN : (double) correct / merged;
  }

  public double recall() {
    return linked == 0 ? Double.NaN : (double) correct / linked;
  }
}
