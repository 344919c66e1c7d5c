package org.vigie.cli.input;

/** How an input is read; {@code auto} goes by the file extension (standard input is text). */
public enum InputFormat {
  auto,
  text,
  html,
  jsonl
}
