package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.store.ContentHash;

/**
 * The body of {@code POST /api/articles}, the shape of one line of a JSONL corpus: {@code {"text":
 * "…", "id"?, "published"? (YYYY-MM-DD), "lang"?, "url"?, "outlet"?, "title"?}}.
 */
final class ArticleRequest {
  /** About 50 pages of news text; longer bodies are documents, not articles. */
  static final int MAX_TEXT = 200_000;

  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

  private ArticleRequest() {}

  static Article parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object with at least \"text\"");
    }
    String text = string(body, "text", MAX_TEXT);
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("text is required");
    }
    String id = string(body, "id", 200);
    if (id == null) {
      // same text, same id: posting an article twice is a no-op in the store
      id = "api-" + ContentHash.sha256(text).substring(0, 16);
    }
    String published = string(body, "published", 10);
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest("published must be an ISO date YYYY-MM-DD: " + published);
      }
    }
    String lang = string(body, "lang", 3);
    if (lang != null && !LANG.matcher(lang).matches()) {
      throw ApiException.badRequest("lang must be an ISO 639-1 code such as fr, en, ar: " + lang);
    }
    String url = string(body, "url", 2000);
    if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw ApiException.badRequest("url must be http(s)");
    }
    return new Article(
        id, text, date, lang, url, string(body, "outlet", 200), string(body, "title", 1000));
  }

  private static String string(JsonNode body, String name, int max) {
    JsonNode n = body.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.badRequest(name + " must be a string");
    }
    String s = n.asText();
    if (s.length() > max) {
      throw ApiException.badRequest(name + " is longer than " + max + " characters");
    }
    return s.isBlank() ? null : s;
  }
}
