package org.vigie.store.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.vigie.model.Article;

/** A {@code .txt} file is one article; its id is the file name without extension. */
public final class PlainTextReader implements ArticleReader {

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public void read(Path file, Sink sink) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      sink.skipped(file.toString(), "empty");
      return;
    }
    String name = file.getFileName().toString();
    sink.article(Article.of(name.substring(0, name.length() - 4), text));
  }
}
