package org.vigie.store.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.vigie.model.Article;
import org.vigie.model.Json;

/**
 * A {@code .jsonl} corpus, one article a line: {@code {"id", "text", "published"?, "lang"?, "url"?,
 * "outlet"?, "title"?}}; other fields are ignored. A bad line is skipped with its number. Streams:
 * memory does not grow with the file.
 */
public final class JsonlReader implements ArticleReader {

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  @Override
  public void read(Path file, Sink sink) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + n;
        try {
          JsonNode o = Json.mapper().readTree(line);
          String text = text(o, "text");
          if (text == null || text.isBlank()) {
            sink.skipped(where, "no text");
            continue;
          }
          String published = text(o, "published");
          sink.article(
              new Article(
                  text(o, "id"),
                  text,
                  published == null ? null : LocalDate.parse(published.substring(0, 10)),
                  text(o, "lang") != null ? text(o, "lang") : text(o, "language"),
                  text(o, "url"),
                  text(o, "outlet"),
                  text(o, "title")));
        } catch (IOException | RuntimeException e) {
          sink.skipped(where, "bad line: " + e.getClass().getSimpleName());
        }
      }
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
