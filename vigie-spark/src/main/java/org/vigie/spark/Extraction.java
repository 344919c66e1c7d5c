package org.vigie.spark;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;

/** Runs the extraction pipeline over the articles: one pipeline per executor, one row per event. */
final class Extraction {
  private Extraction() {}

  /** Counters of the stage, read on the driver once an action has run. */
  record Counters(LongAccumulator articles, LongAccumulator failures)
      implements java.io.Serializable {}

  static Dataset<Row> mentions(Dataset<Row> articles, ExtractorFactory factory, Counters counters) {
    MapPartitionsFunction<Row, Row> extract =
        it -> {
          Extractor extractor = Pipelines.get(factory);
          return lazyFlatMap(it, r -> extractOne(extractor, r, counters));
        };
    return articles.mapPartitions(extract, Encoders.row(Schemas.MENTION));
  }

  private static List<Row> extractOne(Extractor extractor, Row r, Counters counters) {
    String published = r.getAs("published");
    Article a =
        new Article(
            r.getAs("in_id"),
            r.getAs("text"),
            published == null ? null : LocalDate.parse(published),
            r.getAs("language"),
            r.getAs("url"),
            r.getAs("outlet"),
            r.getAs("title"));
    counters.articles().add(1);
    ArticleResult result;
    try {
      result = extractor.extract(a);
    } catch (RuntimeException e) {
      // one article the pipeline chokes on must not fail a job of millions; it is counted
      counters.failures().add(1);
      return List.of();
    }
    return MentionRows.of(a, r.getAs("article_id"), r.getAs("sha256"), result);
  }

  /** Maps lazily, so that a partition's output is never held in memory at once. */
  static <T, R> Iterator<R> lazyFlatMap(Iterator<T> in, Function<T, List<R>> f) {
    return new Iterator<>() {
      private Iterator<R> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && in.hasNext()) {
          current = f.apply(in.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
