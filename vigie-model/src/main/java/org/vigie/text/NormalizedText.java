package org.vigie.text;

/**
 * The article text as given ({@link #original()}) and a normalised copy for matching, with a map
 * from every normalised offset back to the original: evidence spans always point into the original,
 * as Lucene's char filters keep offsets through their corrections.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final int[] toOriginal;

  NormalizedText(String original, String normalized, int[] toOriginal) {
    this.original = original;
    this.normalized = normalized;
    this.toOriginal = toOriginal;
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** The original offset of a normalised offset (0..length inclusive). */
  public int toOriginal(int normalizedOffset) {
    return toOriginal[normalizedOffset];
  }

  /** The original start of a normalised span. */
  public int originalStart(int nStart) {
    return toOriginal[nStart];
  }

  /** The original (exclusive) end of a normalised span that ends at {@code nEnd}. */
  public int originalEnd(int nEnd) {
    if (nEnd == 0) {
      return 0;
    }
    // the end of the last kept character, so deleted characters after it stay outside the span
    return toOriginal[nEnd - 1] + 1 + surrogateTail(toOriginal[nEnd - 1]);
  }

  private int surrogateTail(int origIndex) {
    return origIndex + 1 < original.length()
            && Character.isHighSurrogate(original.charAt(origIndex))
            && Character.isLowSurrogate(original.charAt(origIndex + 1))
        ? 1
        : 0;
  }
}
