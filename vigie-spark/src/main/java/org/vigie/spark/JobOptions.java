package org.vigie.spark;

import java.util.List;
import java.util.Set;

/**
 * What one run of the job does.
 *
 * @param inputs JSONL or Parquet files or directories, local or any Hadoop URI
 * @param outputs which writers run under {@code output}: {@code jsonl} (DIR/jsonl/part-*), {@code
 *     parquet} (DIR/parquet)
 * @param extractPartitions tasks of the extraction stage; 0 for 4 per core of the cluster
 * @param jdbc optional PostgreSQL (or any JDBC) table to write the events into
 */
public record JobOptions(
    List<String> inputs,
    InputFormat format,
    String output,
    Set<String> outputs,
    ExtractorFactory extractor,
    int extractPartitions,
    MergeSettings merge,
    Jdbc jdbc) {

  public static final String JSONL = "jsonl";
  public static final String PARQUET = "parquet";

  public JobOptions {
    inputs = List.copyOf(inputs);
    outputs = Set.copyOf(outputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input");
    }
    for (String o : outputs) {
      if (!o.equals(JSONL) && !o.equals(PARQUET)) {
        throw new IllegalArgumentException("unknown output " + o + " (jsonl, parquet)");
      }
    }
  }

  /** Defaults: auto format, both writers, the default extractor, salting keys over 5000 owners. */
  public static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(
        inputs,
        InputFormat.AUTO,
        output,
        Set.of(JSONL, PARQUET),
        ExtractorFactory.defaults(),
        0,
        MergeSettings.defaults(),
        null);
  }

  public JobOptions withExtractor(ExtractorFactory f) {
    return new JobOptions(inputs, format, output, outputs, f, extractPartitions, merge, jdbc);
  }

  public JobOptions withMerge(MergeSettings m) {
    return new JobOptions(inputs, format, output, outputs, extractor, extractPartitions, m, jdbc);
  }

  /** A JDBC target: Spark's JDBC writer, table replaced on each run. */
  public record Jdbc(String url, String table, String user, String password) {}
}
