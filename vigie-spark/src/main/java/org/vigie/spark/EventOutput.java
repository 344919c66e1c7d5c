package org.vigie.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes the merged events: JSONL lines, Parquet columns, and optionally a JDBC table. */
final class EventOutput {
  private EventOutput() {}

  /** DIR/jsonl: one event a line, sorted by id, as {@code vigie export --format jsonl} writes. */
  static void jsonl(Dataset<Row> events, String dir) {
    events
        .select("id", "json")
        .orderBy("id")
        .select("json")
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "none")
        .text(dir + "/" + JobOptions.JSONL);
  }

  /** DIR/parquet: flat columns to filter on, plus the full event as {@code json}. */
  static void parquet(Dataset<Row> events, String dir) {
    events.orderBy("id").write().mode(SaveMode.Overwrite).parquet(dir + "/" + JobOptions.PARQUET);
  }

  /** The same columns into a table, replaced; the driver for the URL must be on the classpath. */
  static void jdbc(Dataset<Row> events, JobOptions.Jdbc target) {
    Properties p = new Properties();
    if (target.user() != null) {
      p.setProperty("user", target.user());
    }
    if (target.url().startsWith("jdbc:postgresql:")) {
      // executors load the driver from the job jar: name it, DriverManager alone may not see it
      p.setProperty("driver", "org.postgresql.Driver");
    }
    if (target.password() != null) {
      p.setProperty("password", target.password());
    }
    events
        .withColumn(
            "article_ids", org.apache.spark.sql.functions.concat_ws(" ", col("article_ids")))
        .write()
        .mode(SaveMode.Overwrite)
        .jdbc(target.url(), target.table(), p);
  }
}
