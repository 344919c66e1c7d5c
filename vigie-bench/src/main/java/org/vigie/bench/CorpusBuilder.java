package org.vigie.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a benchmark corpus (JSONL, one {@code {"id","lang","text"}} a line) by cycling the texts
 * of the evaluation sets ({@code eval/*.jsonl} under the shared directory, read at run time) and
 * the built-in {@link ExampleArticles} until the file reaches the requested size. Streams: one line
 * in memory at a time, whatever the size.
 */
public final class CorpusBuilder {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What was written. */
  public record Corpus(Path file, long articles, long bytes, List<Path> sources) {}

  private CorpusBuilder() {}

  /** The {@code *.jsonl} files of {@code sharedDir/eval}, sorted; empty when it is absent. */
  public static List<Path> evalSources(Path sharedDir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (sharedDir == null) {
      return files;
    }
    Path eval = sharedDir.resolve("eval");
    if (!Files.isDirectory(eval)) {
      return files;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(eval, "*.jsonl")) {
      dir.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  /**
   * Writes at least {@code minBytes} bytes of articles to {@code out}: the texts of {@code sources}
   * (lines without a {@code text} are skipped) then the built-in examples, over and over.
   */
  public static Corpus build(Path out, long minBytes, List<Path> sources) throws IOException {
    if (minBytes < 1) {
      throw new IllegalArgumentException("size must be positive");
    }
    try (CountingStream counting = new CountingStream(Files.newOutputStream(out));
        JsonGenerator gen =
            new JsonFactory()
                .createGenerator(counting)
                .setRootValueSeparator(null)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      long n = 0;
      int pass = 0;
      while (true) {
        for (Path source : sources) {
          try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
              if (line.isBlank()) {
                continue;
              }
              JsonNode node = MAPPER.readTree(line);
              JsonNode text = node.get("text");
              if (text == null || !text.isTextual() || text.asText().isBlank()) {
                continue;
              }
              JsonNode lang = node.get("lang");
              write(
                  gen,
                  "b" + pass + "-" + n,
                  lang == null ? null : lang.asText(null),
                  text.asText());
              n++;
              gen.flush();
              if (counting.count >= minBytes) {
                return new Corpus(out, n, counting.count, sources);
              }
            }
          }
        }
        for (ExampleArticles.Example e : ExampleArticles.ALL) {
          write(gen, "b" + pass + "-" + n, e.lang(), e.text());
          n++;
        }
        for (ExampleArticles.Example e : ExampleArticles.SHORT) {
          write(gen, "b" + pass + "-" + n, e.lang(), e.text());
          n++;
        }
        gen.flush();
        if (counting.count >= minBytes) {
          return new Corpus(out, n, counting.count, sources);
        }
        pass++;
      }
    }
  }

  private static void write(JsonGenerator gen, String id, String lang, String text)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", id);
    if (lang != null) {
      gen.writeStringField("lang", lang);
    }
    gen.writeStringField("text", text);
    gen.writeEndObject();
    gen.writeRaw('\n');
  }

  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(new java.io.BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
