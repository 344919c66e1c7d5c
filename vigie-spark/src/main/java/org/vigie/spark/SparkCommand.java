package org.vigie.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie spark}: the batch job, in local mode or under spark-submit. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts and merges events from JSONL or Parquet articles on Apache Spark,",
      "writing DIR/jsonl (as `vigie export --format jsonl`) and DIR/parquet."
    })
public final class SparkCommand implements Callable<Integer> {

  @Option(
      names = "--master",
      description = "Spark master, e.g. local[2]; under spark-submit leave it to spark-submit")
  String master;

  @Option(
      names = "--input",
      required = true,
      description =
          "article file or directory (JSONL or Parquet; local path or Hadoop URI);" + " repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, description = "output directory DIR")
  String output;

  @Option(
      names = "--format",
      defaultValue = "AUTO",
      description = "input format: ${COMPLETION-CANDIDATES} (auto: Parquet for *.parquet)")
  InputFormat format;

  @Option(
      names = "--outputs",
      split = ",",
      defaultValue = "jsonl,parquet",
      description = "writers to run: jsonl, parquet (default: both)")
  List<String> outputs;

  @Option(
      names = "--extractor",
      description = "class of an Extractor or ExtractorFactory to use instead of the default")
  String extractor;

  @Option(
      names = "--extract-partitions",
      defaultValue = "0",
      description = "tasks of the extraction stage (default: 4 per core)")
  int extractPartitions;

  @Option(
      names = "--hot-key-threshold",
      defaultValue = "5000",
      description = "a blocking key owned by more mentions than this is salted")
  long hotKeyThreshold;

  @Option(names = "--salts", defaultValue = "16", description = "sub-blocks of a hot key")
  int salts;

  @Option(
      names = "--driver-edges",
      defaultValue = "500000",
      description = "up to this many merge edges, components are found on the driver")
  long driverEdges;

  @Option(names = "--jdbc-url", description = "also write the events into this JDBC database")
  String jdbcUrl;

  @Option(names = "--jdbc-table", defaultValue = "vigie_spark_events", description = "its table")
  String jdbcTable;

  @Option(
      names = "--jdbc-user",
      description = "its user; the password is read from VIGIE_JDBC_PASSWORD")
  String jdbcUser;

  @Override
  public Integer call() {
    Set<String> outs = new LinkedHashSet<>(outputs);
    JobOptions o =
        new JobOptions(
            inputs,
            format,
            output,
            outs,
            extractor == null ? ExtractorFactory.defaults() : ExtractorFactory.named(extractor),
            extractPartitions,
            new MergeSettings(hotKeyThreshold, salts, driverEdges),
            jdbcUrl == null
                ? null
                : new JobOptions.Jdbc(
                    jdbcUrl, jdbcTable, jdbcUser, System.getenv("VIGIE_JDBC_PASSWORD")));
    // a session someone else opened (a test, a notebook) is used and left open
    boolean ours = SparkSession.getActiveSession().isEmpty();
    SparkSession.Builder b = SparkSession.builder().appName("vigie");
    if (master != null) {
      b.master(master);
    } else if (ours && System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    if (master != null && master.startsWith("local")) {
      b.config("spark.ui.enabled", "false"); // no port to open for a one-machine run
    }
    SparkSession spark = b.getOrCreate();
    try {
      JobReport r = VigieSparkJob.run(spark, o);
      System.err.println("vigie spark: " + r);
      System.err.println("vigie spark: events in " + output + "/" + JobOptions.JSONL);
      return 0;
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }
}
