package org.vigie.model;

/**
 * A stretch of the article text as stored and shown to users: UTF-16 offsets, end exclusive, and
 * the covered characters repeated exactly.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The span of {@code text} covering {@code [start, end)}. */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }
}
