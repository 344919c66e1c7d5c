package org.vigie.cli;

/** How {@code extract} prints results; see the output contract. */
public enum OutputFormat {
  /** Pretty-printed; one document for a single article, an array otherwise. */
  json,
  /** One compact document a line, in input order. */
  jsonl
}
