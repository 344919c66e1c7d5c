package org.vigie.model;

import java.util.List;

/** Something the extractor noticed and could not settle, with where it saw it. */
public record Diagnostic(String level, String code, String message, List<Span> evidence) {
  public static Diagnostic warning(String code, String message, List<Span> evidence) {
    return new Diagnostic("warning", code, message, evidence);
  }
}
