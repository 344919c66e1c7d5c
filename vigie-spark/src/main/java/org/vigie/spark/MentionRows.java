package org.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.model.Event;
import org.vigie.model.Json;
import org.vigie.store.merge.BlockingKeys;
import org.vigie.store.merge.Mention;

/**
 * Between the store's merge {@link Mention} and Spark rows ({@link Schemas#MENTION}). The mentions
 * are built exactly as the store builds them on ingest, so that ids, reference days and languages
 * match and the shared merge code decides the same way on both paths.
 */
final class MentionRows {
  private MentionRows() {}

  /** The mention rows of one extracted article, as the store's ingest makes its mentions. */
  static List<Row> of(Article article, String articleId, String sha256, ArticleResult result) {
    List<Row> out = new ArrayList<>();
    List<Event> events = result == null || result.events() == null ? List.of() : result.events();
    LocalDate published = article.published();
    if (published == null && result != null && result.article() != null) {
      String d = ArticleLines.day(result.article().published());
      published = d == null ? null : LocalDate.parse(d);
    }
    String language = article.language();
    if (language == null && result != null && result.article() != null) {
      language = result.article().language();
    }
    for (int i = 0; i < events.size(); i++) {
      Mention m =
          new Mention(
              Mention.idFor(sha256, i),
              articleId,
              article.outlet(),
              language,
              published,
              events.get(i),
              null);
      out.add(row(m, article));
    }
    return out;
  }

  private static Row row(Mention m, Article article) {
    // with its schema, so that rows made here read by name outside Spark too
    return new GenericRowWithSchema(
        new Object[] {
          m.id(),
          m.articleId(),
          m.outlet(),
          m.language(),
          m.published() == null ? null : m.published().toString(),
          article.published() == null ? null : article.published().toString(),
          article.url(),
          Json.write(m.event()),
          Json.write(withoutEvidence(m.event())),
          BlockingKeys.own(m).toArray(String[]::new),
          BlockingKeys.probe(m).toArray(String[]::new)
        },
        Schemas.MENTION);
  }

  /** The mention of a row, with the full event ({@code full}) or only its match view. */
  static Mention mention(Row r, boolean full) {
    String json = full ? r.getAs("event_json") : r.getAs("match_json");
    String published = r.getAs("published");
    return new Mention(
        r.getAs("mention_id"),
        r.getAs("article_id"),
        r.getAs("outlet"),
        r.getAs("language"),
        published == null ? null : LocalDate.parse(published),
        Json.read(json, Event.class),
        null);
  }

  /**
   * The event without evidence spans and summary: what pair scoring reads is kept, while the text
   * that makes an event large is not copied into every block it probes.
   */
  static Event withoutEvidence(Event e) {
    JsonNode tree = Json.mapper().valueToTree(e);
    strip(tree);
    try {
      return Json.mapper().treeToValue(tree, Event.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("an event that does not read back", ex);
    }
  }

  private static void strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove("evidence");
      o.remove("summary");
      o.remove("surfaceForms");
      o.elements().forEachRemaining(MentionRows::strip);
    } else if (n != null && n.isArray()) {
      n.elements().forEachRemaining(MentionRows::strip);
    }
  }
}
