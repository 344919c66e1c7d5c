package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

class CorpusBuilderTest {
  @TempDir Path dir;

  @Test
  void builtInExamplesAloneReachTheRequestedSize() throws Exception {
    Path out = dir.resolve("corpus.jsonl");
    CorpusBuilder.Corpus c = CorpusBuilder.build(out, 50_000, List.of());
    assertThat(Files.size(out)).isGreaterThanOrEqualTo(50_000).isEqualTo(c.bytes());
    long read = 0;
    Set<String> langs = new HashSet<>();
    Set<String> ids = new HashSet<>();
    try (CorpusReader r = new CorpusReader(out, true)) {
      Article a;
      while ((a = r.next()) != null) {
        read++;
        langs.add(a.language());
        ids.add(a.id());
        assertThat(a.text()).isNotBlank();
      }
    }
    assertThat(read).isEqualTo(c.articles());
    assertThat(ids).hasSize((int) read);
    assertThat(langs).containsExactlyInAnyOrder("fr", "en", "ar");
  }

  @Test
  void cyclesSourceTextsAndSkipsLinesWithoutText() throws Exception {
    Path eval = Files.createDirectories(dir.resolve("shared/eval"));
    Files.writeString(
        eval.resolve("a.jsonl"),
        "{\"id\":\"x\",\"lang\":\"en\",\"text\":\"Rebels attacked a convoy.\"}\n"
            + "{\"id\":\"y\",\"lang\":\"fr\",\"events\":[]}\n\n");
    List<Path> sources = CorpusBuilder.evalSources(dir.resolve("shared"));
    assertThat(sources).containsExactly(eval.resolve("a.jsonl"));
    Path out = dir.resolve("corpus.jsonl");
    CorpusBuilder.build(out, 20_000, sources);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).anyMatch(l -> l.contains("Rebels attacked a convoy."));
    assertThat(lines.stream().filter(l -> l.contains("Rebels attacked")).count()).isGreaterThan(1);
    assertThat(lines).noneMatch(l -> l.contains("\"events\""));
  }

  @Test
  void noSharedDirectoryMeansNoSources() throws Exception {
    assertThat(CorpusBuilder.evalSources(dir.resolve("absent"))).isEmpty();
    assertThat(CorpusBuilder.evalSources(null)).isEmpty();
  }

  @Test
  void utf8LengthMatchesEncoding() {
    for (String s : List.of("abc", "été", "قُتل", "a😀b", "")) {
      assertThat(CorpusReader.utf8Length(s))
          .isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
  }
}
