package org.vigie.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The row shapes between the stages. Rows carry JSON strings of the model records rather than the
 * records themselves: the model is Jackson-mapped, not Java-serializable, and JSON columns keep the
 * shuffles readable when debugging a job.
 */
final class Schemas {
  private Schemas() {}

  /** An input line or Parquet row, parsed; {@code text} null marks a bad line. */
  static final StructType PARSED =
      new StructType()
          .add("in_id", StringType)
          .add("text", StringType)
          .add("published", StringType)
          .add("language", StringType)
          .add("url", StringType)
          .add("outlet", StringType)
          .add("title", StringType)
          .add("src_file", StringType)
          .add("src_pos", LongType);

  /**
   * One event of one article, with what the merge needs of its article. {@code published} is the
   * mention's reference day (given, else inferred by the extractor); {@code article_published} is
   * the given one, shown in sources. {@code match_json} is the event without its evidence, enough
   * to score pairs; {@code own_keys}/{@code probe_keys} are its blocking keys.
   */
  static final StructType MENTION =
      new StructType()
          .add("mention_id", StringType)
          .add("article_id", StringType)
          .add("outlet", StringType)
          .add("language", StringType)
          .add("published", StringType)
          .add("article_published", StringType)
          .add("url", StringType)
          .add("event_json", StringType)
          .add("match_json", StringType)
          .add("own_keys", createArrayType(StringType, false))
          .add("probe_keys", createArrayType(StringType, false));

  /** A candidate pair that scored as the same event; {@code a < b}. */
  static final StructType EDGE = new StructType().add("a", StringType).add("b", StringType);

  /** A mention on some edge ({@code v}) and its component ({@code c}, its smallest mention id). */
  static final StructType LABEL = new StructType().add("v", StringType).add("c", StringType);

  /** A merged event: its id, the JSON line of the export, and flat columns for Parquet and SQL. */
  static final StructType EVENT =
      new StructType()
          .add("id", StringType)
          .add("scope", StringType)
          .add("type", StringType)
          .add("mode", StringType)
          .add("date_start", StringType)
          .add("date_end", StringType)
          .add("place", StringType)
          .add("country", StringType)
          .add("lat", DoubleType)
          .add("lon", DoubleType)
          .add("killed", IntegerType)
          .add("injured", IntegerType)
          .add("article_ids", createArrayType(StringType, false))
          .add("json", StringType);
}
