package org.vigie.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.eval.gold.TextDigest;
import org.vigie.eval.run.EvalRunner;
import org.vigie.extract.Extractor;
import org.vigie.geo.eval.ToponymEvaluation;
import org.vigie.model.Article;
import org.vigie.model.Json;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir Path dir;
  private Path gold;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ConcurrentHashMap<String, Article> seen = new ConcurrentHashMap<>();

  /** Finds one drone strike in every text that says "drone". */
  private final Extractor stub =
      article -> {
        seen.put(article.id(), article);
        return article.text().contains("drone")
            ? Predicted.result(
                Predicted.event().type("ASSAULT").mode("drone").at(10, 10).on("2024-01-02").build())
            : Predicted.result();
      };

  @BeforeEach
  void writeGold() throws IOException {
    gold = dir.resolve("made-up.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\": \"m-1\", \"set\": \"made-up\", \"lang\": \"en\", \"published\": \"2024-01-03\","
                + " \"url\": \"https://example.org/1\", \"outlet\": \"Example\","
                + " \"text\": \"A drone hit the town.\", \"events\": [{\"type\": \"ASSAULT\","
                + " \"mode\": \"aerial\", \"mode_accept\": [\"aerial\", \"drone\"],"
                + " \"date\": [\"2024-01-02\"], \"lat\": 10.0, \"lon\": 10.0, \"tol_km\": 25,"
                + " \"killed\": null}], \"not_event_tolls\": [3]}",
            "{\"id\": \"m-2\", \"set\": \"made-up\", \"lang\": \"fr\", \"published\": null,"
                + " \"text\": \"Rien.\", \"events\": [{\"type\": \"PROTEST\"}]}",
            "{\"id\": \"m-3\", \"set\": \"made-up\", \"lang\": \"fr\", \"text_length\": 12,"
                + " \"text_sha256_ws\": \""
                + TextDigest.sha256Ws("Un drone.")
                + "\","
                + " \"events\": []}",
            "{\"id\": \"m-4\", \"set\": \"made-up\", \"lang\": \"ar\", \"events\": []}"));
  }

  private int run(Supplier<Extractor> extractors, String... args) {
    CommandLine cli = new CommandLine(new EvalCommand(extractors));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void scoresAndWritesTheMarkdownReport() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("m-3.txt"), "Un  drone.\n"); // same words, other length
    Path md = dir.resolve("out/report.md");
    int code =
        run(() -> stub, gold.toString(), "--texts", texts.toString(), "--report", md.toString());
    assertThat(code).isZero();
    String report = out.toString();
    assertThat(report)
        .contains("== made-up.jsonl")
        .contains("3 articles scored, 1 skipped")
        .contains("m-3: text differs from the one annotated (length 11 ≠ 12)")
        .contains("m-4: text missing")
        .contains("Tolls that belong to no event");
    assertThat(report).doesNotContain("text_sha256_ws differs");
    assertThat(Files.readString(md))
        .startsWith("# Vigie evaluation")
        .contains("| detection | articles | TP | FP | FN | P | R | F1 |")
        .contains("| all | 3 | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 |");
    // the extractor got the article as a user would give it
    assertThat(seen.get("m-1").published()).hasToString("2024-01-03");
    assertThat(seen.get("m-1").url()).isEqualTo("https://example.org/1");
    assertThat(seen.get("m-1").outlet()).isEqualTo("Example");
    assertThat(seen.get("m-1").language()).isEqualTo("en");
    assertThat(seen.get("m-2").published()).isNull();
    assertThat(seen.get("m-3").text()).isEqualTo("Un  drone.\n");
  }

  @Test
  void errorsListMissedSpuriousAndWrongFieldsPerArticle() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("m-3.txt"), "Un drone.");
    Path errors = dir.resolve("errors.md");
    int code =
        run(
            () -> stub,
            gold.toString(),
            "--texts",
            texts.toString(),
            "--errors",
            errors.toString());
    assertThat(code).isZero();
    String md = Files.readString(errors);
    assertThat(md).startsWith("# Vigie evaluation errors").contains("## made-up.jsonl");
    // m-2: the gold protest was missed; m-3: a drone strike the gold does not have
    assertThat(md).contains("### m-2").contains("MISSED gold #0: PROTEST/null");
    assertThat(md).contains("### m-3").contains("SPURIOUS: discrete ASSAULT/drone");
    // m-1 is right on every scored field: no section of its own
    assertThat(md).doesNotContain("### m-1");
    assertThat(err.toString()).contains("errors written to");
  }

  @Test
  void jsonGivesTheNumbers() {
    assertThat(run(() -> stub, gold.toString(), "--json", "--limit", "2")).isZero();
    JsonNode root = Json.read(out.toString(), JsonNode.class);
    JsonNode file = root.get("files").get(0);
    assertThat(file.get("status").asText()).isEqualTo("scored");
    JsonNode all = file.get("overall");
    assertThat(all.get("articles").asInt()).isEqualTo(2);
    assertThat(all.get("tp").asInt()).isEqualTo(1);
    assertThat(all.get("fn").asInt()).isEqualTo(1);
    assertThat(all.get("fields").get("mode").get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(all.get("fields").get("killed").get("correct").asInt()).isEqualTo(1);
    assertThat(file.get("byLanguage").get("fr").get("recall").asDouble()).isZero();
    assertThat(file.get("byLanguage").get("fr").get("precision").isNull()).isTrue();
  }

  @Test
  void jsonAddsUpSeveralFiles() throws IOException {
    Path second = dir.resolve("second.jsonl");
    Files.writeString(
        second, "{\"id\": \"s-1\", \"lang\": \"ar\", \"text\": \"drone\", \"events\": []}\n");
    assertThat(run(() -> stub, gold.toString(), second.toString(), "--json", "--limit", "2"))
        .isZero();
    JsonNode all = Json.read(out.toString(), JsonNode.class).get("all");
    assertThat(all.get("overall").get("articles").asInt()).isEqualTo(3);
    assertThat(all.get("overall").get("fp").asInt()).isEqualTo(1);
    assertThat(all.get("byLanguage").fieldNames()).toIterable().containsExactly("ar", "en", "fr");
  }

  @Test
  void missingGoldIsReportedWithExitCode1() {
    assertThat(run(() -> stub, dir.resolve("nope.jsonl").toString())).isEqualTo(1);
    assertThat(out.toString()).contains("gold not found");
  }

  private static final ToponymEvaluation.Result GEO =
      new ToponymEvaluation.Result(10, 9, 8, 0.8, 1.5, 20, 15, 9, 10, 16, 12, 0.75, 0.9, 0.75, 2.0);

  private Path placeOnlyGold() throws IOException {
    Path geo = dir.resolve("geo.jsonl");
    Files.write(
        geo,
        List.of(
            "{\"id\": \"g\", \"text\": \"Paris\", \"places\": [{\"name\": \"Paris\", \"start\": 0,"
                + " \"end\": 5, \"lat\": 48.85, \"lon\": 2.35, \"tol_km\": 25}]}",
            "{\"id\": \"h\", \"text\": \"Nothing here.\", \"places\": []}"));
    return geo;
  }

  @Test
  void placeOnlyGoldIsScoredByTheGeoEvaluation() throws IOException {
    Path geo = placeOnlyGold();
    List<Path> scoredFiles = new java.util.ArrayList<>();
    EvalRunner.PlaceScorer places =
        f -> {
          scoredFiles.add(f);
          return GEO;
        };
    Path md = dir.resolve("geo.md");
    CommandLine cli = new CommandLine(new EvalCommand(() -> stub, places));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute(geo.toString(), "--report", md.toString())).isZero();
    assertThat(out.toString())
        .contains("scored by the geo evaluation")
        .contains("accuracy@161km")
        .contains("0.800")
        .contains("median error (km)")
        .contains("1.5");
    assertThat(Files.readString(md)).contains("| accuracy@161km | 10 | 0.800 |");
    assertThat(scoredFiles).containsExactly(geo);
    assertThat(seen).isEmpty();

    StringWriter json = new StringWriter();
    cli.setOut(new PrintWriter(json));
    assertThat(cli.execute(geo.toString(), "--json")).isZero();
    JsonNode file = Json.read(json.toString(), JsonNode.class).get("files").get(0);
    assertThat(file.get("status").asText()).isEqualTo("place_only");
    assertThat(file.get("places").get("accuracy161").asDouble()).isEqualTo(0.8);
    assertThat(file.get("places").get("medianKm").asDouble()).isEqualTo(1.5);
    assertThat(file.get("places").get("recall").asDouble()).isEqualTo(0.75);
    assertThat(file.get("places").get("precision").asDouble()).isEqualTo(0.75);
  }

  @Test
  void limitScoresTheFirstPlaceRecordsOnly() throws IOException {
    Path geo = placeOnlyGold();
    List<Long> lines = new java.util.ArrayList<>();
    EvalRunner.PlaceScorer places =
        f -> {
          try (var l = Files.lines(f)) {
            lines.add(l.count());
          }
          return GEO;
        };
    CommandLine cli = new CommandLine(new EvalCommand(() -> stub, places));
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(geo.toString(), "--limit", "1")).isZero();
    assertThat(lines).containsExactly(1L);
  }

  @Test
  void mergeAddsTheMergeScores() {
    assertThat(run(() -> stub, gold.toString(), "--merge", "--json", "--limit", "2")).isZero();
    JsonNode merge = Json.read(out.toString(), JsonNode.class).get("files").get(0).get("merge");
    assertThat(merge.get("linked").asInt()).isZero();
    assertThat(merge.get("merged").asInt()).isZero();
    assertThat(merge.get("precision").isNull()).isTrue();
  }

  @Test
  void saysSoWhenThePipelineIsNotThereYet() {
    int code =
        run(
            () -> {
              throw new UnsupportedOperationException("the pipeline is being assembled");
            },
            gold.toString());
    assertThat(code).isEqualTo(EvalCommand.NO_PIPELINE);
    assertThat(err.toString()).contains("not available");
  }

  @Test
  void aFailingArticleCountsWithoutPredictions() {
    Extractor flaky =
        a -> {
          if (a.id().equals("m-1")) {
            throw new IllegalStateException("boom");
          }
          return stub.extract(a);
        };
    assertThat(run(() -> flaky, gold.toString())).isZero();
    assertThat(out.toString())
        .contains("extraction failed on 1")
        .contains("m-1: extraction failed");
  }
}
