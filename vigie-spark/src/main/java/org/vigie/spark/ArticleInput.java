package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads articles from JSONL or Parquet on any Hadoop file system, and gives them the ids and the
 * duplicate handling of the store's ingest: the same text twice is one article (the first read
 * wins), an id already taken by another text gets {@code ~} and 8 hex digits of its hash, and a
 * missing id becomes {@code a-} and 20 hex digits of the hash.
 *
 * <p>"First read" is the order {@code vigie ingest} sees: file path, then position in the file.
 * {@code monotonically_increasing_id} grows with the offset inside one file, which is all the
 * ordering needs.
 */
final class ArticleInput {
  private ArticleInput() {}

  /** Parsed input rows ({@link Schemas#PARSED}); bad JSONL lines are counted and dropped. */
  static Dataset<Row> read(
      SparkSession spark, List<String> paths, InputFormat format, LongAccumulator badLines) {
    InputFormat f = format == InputFormat.AUTO ? guess(paths) : format;
    String[] ps = paths.toArray(String[]::new);
    if (f == InputFormat.PARQUET) {
      return parquet(spark, ps, badLines);
    }
    Dataset<Row> lines =
        spark
            .read()
            .text(ps)
            .select(
                col("value"),
                col("_metadata.file_path").as("src_file"),
                monotonically_increasing_id().as("src_pos"));
    MapPartitionsFunction<Row, Row> parse =
        it -> {
          List<Row> out = new ArrayList<>();
          while (it.hasNext()) {
            Row r = it.next();
            String line = r.getString(0);
            ArticleLines.Fields a = ArticleLines.parse(line);
            if (a == null) {
              if (line != null && !line.isBlank()) {
                badLines.add(1);
              }
              continue;
            }
            out.add(
                RowFactory.create(
                    a.id(),
                    a.text(),
                    a.published(),
                    a.language(),
                    a.url(),
                    a.outlet(),
                    a.title(),
                    r.getString(1),
                    r.getLong(2)));
          }
          return out.iterator();
        };
    return lines.mapPartitions(parse, Encoders.row(Schemas.PARSED));
  }

  private static InputFormat guess(List<String> paths) {
    boolean parquet =
        paths.stream()
            .allMatch(p -> p.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet"));
    return parquet ? InputFormat.PARQUET : InputFormat.JSONL;
  }

  private static Dataset<Row> parquet(SparkSession spark, String[] paths, LongAccumulator bad) {
    Dataset<Row> df = spark.read().parquet(paths);
    List<String> cols = Arrays.asList(df.columns());
    Dataset<Row> sel =
        df.select(
            opt(cols, "id"),
            opt(cols, "text"),
            opt(cols, "published"),
            cols.contains("lang") ? opt(cols, "lang") : opt(cols, "language"),
            opt(cols, "url"),
            opt(cols, "outlet"),
            opt(cols, "title"),
            col("_metadata.file_path").as("src_file"),
            monotonically_increasing_id().as("src_pos"));
    MapPartitionsFunction<Row, Row> clean =
        it -> {
          List<Row> out = new ArrayList<>();
          while (it.hasNext()) {
            Row r = it.next();
            if (r.isNullAt(1)) {
              bad.add(1);
              continue;
            }
            out.add(
                RowFactory.create(
                    r.getString(0),
                    r.getString(1),
                    ArticleLines.day(r.getString(2)),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getString(7),
                    r.getLong(8)));
          }
          return out.iterator();
        };
    return sel.mapPartitions(clean, Encoders.row(Schemas.PARSED));
  }

  private static org.apache.spark.sql.Column opt(List<String> cols, String name) {
    return cols.contains(name)
        ? col(name).cast("string").as(name)
        : lit(null).cast("string").as(name);
  }

  /**
   * The articles the store would keep, with their store ids: {@link Schemas#PARSED} plus {@code
   * sha256} and {@code article_id}.
   */
  static Dataset<Row> dedupe(Dataset<Row> parsed) {
    WindowSpec bySha = Window.partitionBy("sha256").orderBy("src_file", "src_pos");
    Dataset<Row> unique =
        parsed
            .withColumn("sha256", sha2(col("text"), 256))
            .withColumn("rn", row_number().over(bySha))
            .filter(col("rn").equalTo(1))
            .drop("rn")
            .withColumn(
                "wanted_id",
                when(
                        col("in_id").isNull().or(col("in_id").rlike("^\\s*$")),
                        concat(lit("a-"), substring(col("sha256"), 1, 20)))
                    .otherwise(col("in_id")));
    WindowSpec byId = Window.partitionBy("wanted_id").orderBy("src_file", "src_pos");
    return unique
        .withColumn("rn", row_number().over(byId))
        .withColumn(
            "article_id",
            when(col("rn").equalTo(1), col("wanted_id"))
                .otherwise(concat(col("wanted_id"), lit("~"), substring(col("sha256"), 1, 8))))
        .drop("rn", "wanted_id");
  }
}
