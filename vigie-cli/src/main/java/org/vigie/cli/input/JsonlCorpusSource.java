package org.vigie.cli.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Json;

/**
 * A JSONL corpus: one article a line, {@code {"id","text","published"?,"lang"?,"url"?,"outlet"?,
 * "title"?}}, other fields (gold annotations and the like) ignored. Streamed line by line; a bad
 * line (not JSON, no text, a bad date, bytes that are not UTF-8, over the size limit) becomes an
 * {@link SourceItem.Unreadable} labelled {@code file:line}, and reading goes on. Blank lines are
 * skipped silently. JSON text is UTF-8 by definition, so no charset is guessed here.
 */
public final class JsonlCorpusSource implements ArticleSource {

  private static final ObjectReader LINE_READER =
      Json.mapper().readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final RawInput input;
  private final ArticleDefaults defaults;
  private final InputLimits limits;
  private InputStream stream;
  private BoundedLineReader lines;

  public JsonlCorpusSource(RawInput input, ArticleDefaults defaults, InputLimits limits) {
    this.input = input;
    this.defaults = defaults;
    this.limits = limits;
  }

  @Override
  public SourceItem next() throws IOException {
    if (lines == null) {
      stream = input.open();
      lines = new BoundedLineReader(stream, limits.maxArticleBytes());
    }
    BoundedLineReader.Line line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (!line.tooLong() && isBlank(line.bytes()));
    String label = input.label() + ":" + line.number();
    if (line.tooLong()) {
      return new SourceItem.Unreadable(label, limits.tooLarge(line.length()));
    }
    try {
      return new SourceItem.Readable(label, parse(line), List.of());
    } catch (UnreadableInputException e) {
      return new SourceItem.Unreadable(label, e.getMessage());
    }
  }

  private Article parse(BoundedLineReader.Line line) throws UnreadableInputException {
    String json = utf8(line.bytes(), line.number() == 1);
    JsonNode node;
    try {
      node = LINE_READER.readValue(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() != null ? " at column " + e.getLocation().getColumnNr() : "";
      throw new UnreadableInputException("not valid JSON" + where + ": " + firstLine(e));
    }
    if (node == null || !node.isObject()) {
      throw new UnreadableInputException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new UnreadableInputException("no \"text\" field");
    }
    if (!text.isTextual() || text.asText().isBlank()) {
      throw new UnreadableInputException("\"text\" is empty or not a string");
    }
    String id = string(node, "id");
    if (id == null) {
      id = input.defaultId() + "-" + line.number();
    }
    return new Article(
        id,
        text.asText(),
        ArticleDefaults.pick(date(node.get("published")), defaults.published()),
        ArticleDefaults.pick(string(node, "lang"), defaults.language()),
        ArticleDefaults.pick(string(node, "url"), defaults.url()),
        ArticleDefaults.pick(string(node, "outlet"), defaults.outlet()),
        string(node, "title"));
  }

  private static LocalDate date(JsonNode node) throws UnreadableInputException {
    if (node == null || node.isNull()) {
      return null;
    }
    LocalDate date = node.isTextual() ? PublicationDates.parse(node.asText()) : null;
    if (date == null) {
      throw new UnreadableInputException(
          "bad \"published\" date " + node + " (expected YYYY-MM-DD)");
    }
    return date;
  }

  private static String string(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  private static String utf8(byte[] bytes, boolean firstLine) throws UnreadableInputException {
    int from = 0;
    if (firstLine
        && bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException("not valid UTF-8 (a JSONL corpus must be UTF-8)");
    }
  }

  private static String firstLine(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "syntax error";
    }
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
  }
}
