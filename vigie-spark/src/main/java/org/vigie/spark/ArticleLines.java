package org.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.model.Json;

/**
 * Parses one line of a JSONL corpus as the output contract describes it: {@code {"id", "text",
 * "published"?, "lang"?, "url"?, "outlet"?}} ({@code language} and {@code title} are accepted too;
 * other fields such as gold annotations are ignored). The rules are those of the store's {@code
 * JsonlReader}, so that both paths keep and drop the same lines: no or blank text, or a published
 * value that does not start with an ISO day, makes a bad line.
 */
final class ArticleLines {
  private ArticleLines() {}

  /** The article's fields, or null for a bad line (not JSON, not an object, no text). */
  static Fields parse(String line) {
    if (line == null || line.isBlank()) {
      return null;
    }
    JsonNode n;
    try {
      n = Json.mapper().readTree(line);
    } catch (Exception e) {
      return null;
    }
    if (n == null || !n.isObject()) {
      return null;
    }
    String text = text(n, "text");
    String published = text(n, "published");
    String day = day(published);
    if (text == null || text.isBlank() || (published != null && day == null)) {
      return null;
    }
    String lang = text(n, "lang");
    return new Fields(
        text(n, "id"),
        text,
        day,
        lang != null ? lang : text(n, "language"),
        text(n, "url"),
        text(n, "outlet"),
        text(n, "title"));
  }

  /** The ISO day of a date or timestamp string; null when it is not one. */
  static String day(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    String d = s.substring(0, 10);
    try {
      java.time.LocalDate.parse(d);
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.asText();
  }

  record Fields(
      String id,
      String text,
      String published,
      String language,
      String url,
      String outlet,
      String title) {}
}
