package org.vigie.spark;

/** How the input files are read; {@code AUTO} takes Parquet when every input ends in .parquet. */
public enum InputFormat {
  AUTO,
  JSONL,
  PARQUET
}
