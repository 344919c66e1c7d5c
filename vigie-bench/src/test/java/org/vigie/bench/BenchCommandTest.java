package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Behaviour only: the report has its fields. No timing is asserted. */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void jsonReportHasEveryPhaseAndField() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    CorpusBuilder.build(corpus, 8_000, List.of());
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int status =
        cl.execute(
            corpus.toString(),
            "--json",
            "--threads",
            "2",
            "--warmup-articles",
            "3",
            "--sample-seconds",
            "0.2");
    assertThat(status).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("loadSeconds").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(report.get("articles").asLong()).isPositive();
    assertThat(report.get("corpusBuilt").asBoolean()).isFalse();
    JsonNode phases = report.get("phases");
    assertThat(phases).hasSize(4);
    assertThat(phases.findValuesAsText("name"))
        .containsExactly(
            "read (JSON parse only)",
            "normalise+tokenise",
            "pipeline 1 thread",
            "pipeline 2 threads");
    for (JsonNode p : phases) {
      assertThat(p.get("articles").asLong()).isEqualTo(report.get("articles").asLong());
      assertThat(p.get("failures").asLong()).isZero();
      for (String field :
          List.of(
              "articlesPerSecond",
              "articlesPerSecondPerCore",
              "mbPerSecond",
              "peakHeapBytes",
              "liveHeapAfterBytes",
              "cpuUtilisation",
              "textBytes")) {
        assertThat(p.has(field)).as(field).isTrue();
      }
      assertThat(p.get("peakHeapBytes").asLong()).isPositive();
    }
    // the pipeline passes serialised every article
    assertThat(phases.get(2).get("outputChars").asLong()).isPositive();
    assertThat(phases.get(3).get("outputChars").asLong())
        .isEqualTo(phases.get(2).get("outputChars").asLong());
    assertThat(report.get("heapSamples")).isNotEmpty();
  }

  @Test
  void tableNamesTheTargets() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    CorpusBuilder.build(corpus, 3_000, List.of());
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute(corpus.toString(), "--single-only", "--warmup-articles", "0")).isZero();
    assertThat(out.toString())
        .contains(
            "pipeline load:", "normalise+tokenise", "pipeline 1 thread", "articles/s per core");
  }

  @Test
  void buildsItsOwnCorpusWhenNoneIsGiven() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int status =
        cl.execute(
            "--size-mb",
            "0.005",
            "--shared",
            dir.resolve("absent").toString(),
            "--single-only",
            "--warmup-articles",
            "0",
            "--json");
    assertThat(status).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("corpusBuilt").asBoolean()).isTrue();
    assertThat(report.get("corpusBytes").asLong()).isGreaterThanOrEqualTo(5 * 1024 / 1000 * 1000);
  }
}
