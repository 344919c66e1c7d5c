package org.vigie.spark;

import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;

/**
 * The Vigie batch job: articles in, merged events out, with the extraction and merge code of the
 * one-machine path. {@link #main} is the entry point for {@code spark-submit} and for the
 * local-mode launcher; {@link #run} is the job itself, for a caller that holds a session.
 */
public final class VigieSparkJob {
  private VigieSparkJob() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkCommand()).execute(args));
  }

  public static JobReport run(SparkSession spark, JobOptions o) {
    long t0 = System.nanoTime();
    SparkContext sc = spark.sparkContext();
    LongAccumulator bad = sc.longAccumulator("vigie.badLines");
    Extraction.Counters counters =
        new Extraction.Counters(
            sc.longAccumulator("vigie.articles"), sc.longAccumulator("vigie.failures"));
    int extractPartitions =
        o.extractPartitions() > 0 ? o.extractPartitions() : 4 * sc.defaultParallelism();

    Dataset<Row> articles =
        ArticleInput.dedupe(ArticleInput.read(spark, o.inputs(), o.format(), bad))
            // spread the expensive stage evenly, whatever the input files' sizes
            .repartition(extractPartitions);
    Dataset<Row> mentions =
        Extraction.mentions(articles, o.extractor(), counters)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long mentionCount = mentions.count();
    long tExtract = System.nanoTime();

    List<String> hot = CrossReportMerge.hotKeys(mentions, o.merge());
    Dataset<Row> edges = CrossReportMerge.edges(mentions, o.merge(), hot).localCheckpoint();
    long edgeCount = edges.count();
    long tEdges = System.nanoTime();
    CrossReportMerge.Components comps = CrossReportMerge.components(edges, edgeCount, o.merge());
    long tComponents = System.nanoTime();
    Dataset<Row> events =
        CrossReportMerge.events(mentions, comps.labels()).persist(StorageLevel.MEMORY_AND_DISK());
    long eventCount = events.count();
    long tEvents = System.nanoTime();

    if (o.outputs().contains(JobOptions.JSONL)) {
      EventOutput.jsonl(events, o.output());
    }
    if (o.outputs().contains(JobOptions.PARQUET)) {
      EventOutput.parquet(events, o.output());
    }
    if (o.jdbc() != null) {
      EventOutput.jdbc(events, o.jdbc());
    }
    events.unpersist();
    mentions.unpersist();
    return new JobReport(
        bad.value(),
        counters.articles().value(),
        counters.failures().value(),
        mentionCount,
        edgeCount,
        comps.rounds(),
        hot.size(),
        eventCount,
        new JobReport.Timings(
            (tExtract - t0) / 1e9,
            (tEdges - tExtract) / 1e9,
            (tComponents - tEdges) / 1e9,
            (tEvents - tComponents) / 1e9,
            (System.nanoTime() - tEvents) / 1e9));
  }
}
