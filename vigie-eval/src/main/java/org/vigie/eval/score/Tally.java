package org.vigie.eval.score;

/** Correct answers out of {@code n} scored cases. */
public record Tally(int correct, int n) {
  public static final Tally ZERO = new Tally(0, 0);

  public Tally plus(Tally o) {
    return new Tally(correct + o.correct, n + o.n);
  }

  public Tally plus(Boolean result) {
    return result == null ? this : new Tally(correct + (result ? 1 : 0), n + 1);
  }

  /** Accuracy, or NaN when nothing was scored. */
  public double accuracy() {
    return n == 0 ? Double.NaN : (double) correct / n;
  }
}
