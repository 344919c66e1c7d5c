package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.model.Article;

/**
 * Reads a JSONL corpus one article at a time ({@code id}, {@code text}, optional {@code lang});
 * lines without a text are skipped. Never holds more than one line.
 */
public final class CorpusReader implements Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BufferedReader reader;
  private final boolean keepLanguage;
  private long lineNumber;

  /**
   * @param keepLanguage pass the {@code lang} field on, as {@code vigie extract} does; when false
   *     the pipeline detects the language itself
   */
  public CorpusReader(Path file, boolean keepLanguage) throws IOException {
    this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    this.keepLanguage = keepLanguage;
  }

  /** The next article, or null at the end. */
  public Article next() throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = MAPPER.readTree(line);
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        continue;
      }
      JsonNode id = node.get("id");
      JsonNode lang = keepLanguage ? node.get("lang") : null;
      return new Article(
          id == null ? "line-" + lineNumber : id.asText(),
          text.asText(),
          null,
          lang == null || lang.isNull() ? null : lang.asText(),
          null,
          null,
          null);
    }
    return null;
  }

  /** UTF-8 length of {@code s} without encoding it. */
  public static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
