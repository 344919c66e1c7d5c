package org.vigie.store.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Json;
import org.vigie.store.Backends;
import org.vigie.store.Fixtures;
import picocli.CommandLine;

class CommandsTest {
  @Test
  void ingestThenExportThroughTheCommands() throws Exception {
    Path dir = Backends.tempDir();
    Path corpus = dir.resolve("c.jsonl");
    StringBuilder sb = new StringBuilder();
    for (var a : List.of(Fixtures.tinzFr1(), Fixtures.tinzEn(), Fixtures.sumy())) {
      sb.append(
              Json.write(
                  java.util.Map.of(
                      "id",
                      a.id(),
                      "text",
                      a.text(),
                      "published",
                      a.published().toString(),
                      "lang",
                      a.language(),
                      "outlet",
                      a.outlet())))
          .append('\n');
    }
    Files.writeString(corpus, sb.toString(), StandardCharsets.UTF_8);
    String store = dir.resolve("store").toString();
    CommandLine cli = new CommandLine(new StoreMain());
    assertThat(
            cli.execute(
                "ingest",
                corpus.toString(),
                "--store",
                store,
                "--extractor",
                "markup",
                "--threads",
                "2",
                "--no-progress"))
        .isZero();
    Path out = dir.resolve("events.csv");
    assertThat(
            cli.execute(
                "export",
                "--format",
                "csv",
                "--store",
                store,
                "--country",
                "ML",
                "--since",
                "2024-01-01",
                "--out",
                out.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("AP; RFI");
    assertThat(cli.execute("ingest", "--store", store)).isEqualTo(2); // nothing to ingest
  }
}
