package org.vigie.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the shared evaluation corpora (never copied here) as {@code vigie extract} would: every
 * record that has a text must come out as an article with its id and date.
 */
class SharedCorpusReadTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "popcorn-fr.jsonl",
        "petrarch-ar.jsonl",
        "petrarch-en.jsonl",
        "plover-gsr-en.jsonl",
        "geowebnews-en.jsonl"
      })
  void everyRecordWithTextIsReadable(String name) throws IOException {
    String shared = System.getProperty("vigie.shared");
    Assumptions.assumeTrue(shared != null, "vigie.shared not set");
    Path corpus = Path.of(shared, "eval", name);
    Assumptions.assumeTrue(Files.isRegularFile(corpus), "no shared eval corpus " + name);

    List<SourceItem.Unreadable> bad = new ArrayList<>();
    int articles = 0;
    try (JsonlCorpusSource source =
        new JsonlCorpusSource(
            RawInput.file(corpus.toString()), ArticleDefaults.NONE, InputLimits.DEFAULT)) {
      SourceItem item;
      while ((item = source.next()) != null) {
        if (item instanceof SourceItem.Readable r) {
          articles++;
          assertThat(r.article().id()).isNotBlank();
          assertThat(r.article().text()).isNotBlank();
        } else {
          bad.add((SourceItem.Unreadable) item);
        }
      }
    }
    assertThat(bad).isEmpty();
    assertThat(articles)
        .isEqualTo(Files.readAllLines(corpus).stream().filter(l -> !l.isBlank()).count());
  }
}
