package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Json;

class ExtractCommandTest {

  // Sentences written for these tests.
  static final String FRENCH =
      "Une frappe de drone a touché mardi un entrepôt près de la ville, selon la protection"
          + " civile.\nDeux blessés ont été transportés à l'hôpital, a précisé un responsable local.";
  static final String ARABIC =
      "أفادت مصادر محلية بأن طائرة مسيرة استهدفت مستودعا قرب المدينة يوم الثلاثاء، وأسفر الهجوم"
          + " عن إصابة شخصين نقلا إلى المستشفى بحسب الدفاع المدني.";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String htmlFixture(String name) throws IOException {
    try (var in = ExtractCommandTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode json(String text) throws IOException {
    return Json.mapper().readTree(text);
  }

  @Test
  void plainFileGivesOneDocumentDescribedByTheOptions() throws IOException {
    Path file = write("report-1.txt", FRENCH);
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(),
            "extract",
            file.toString(),
            "--published",
            "2024-11-19",
            "--lang",
            "fr",
            "--url",
            "https://example.org/a",
            "--outlet",
            "Example");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode doc = json(run.out());
    assertThat(doc.isObject()).isTrue();
    assertThat(doc.path("schema").asText()).isEqualTo("vigie/1");
    JsonNode article = doc.path("article");
    assertThat(article.path("id").asText()).isEqualTo("report-1");
    assertThat(article.path("published").asText()).isEqualTo("2024-11-19");
    assertThat(article.path("language").asText()).isEqualTo("fr");
    assertThat(article.path("url").asText()).isEqualTo("https://example.org/a");
    assertThat(article.path("outlet").asText()).isEqualTo("Example");
    assertThat(article.path("length").asInt()).isEqualTo(FRENCH.length());
    assertThat(article.has("text")).isFalse();
  }

  @Test
  void withTextAddsTheArticleText() throws IOException {
    Path file = write("a.txt", ARABIC);
    VigieRun run = VigieRun.of(new FakeExtractor(), "extract", "--with-text", file.toString());
    assertThat(run.status()).isZero();
    assertThat(json(run.out()).path("article").path("text").asText()).isEqualTo(ARABIC);
  }

  @Test
  void severalFilesGiveAnArrayInCommandLineOrder() throws IOException {
    Path a = write("a.txt", FRENCH);
    Path b = write("b.txt", ARABIC);
    VigieRun run = VigieRun.of(new FakeExtractor(), "extract", b.toString(), a.toString());
    assertThat(run.status()).isZero();
    JsonNode docs = json(run.out());
    assertThat(docs.isArray()).isTrue();
    assertThat(docs)
        .extracting(d -> d.path("article").path("id").asText())
        .containsExactly("b", "a");
  }

  @Test
  void badCorpusLinesAreReportedWithTheirLineAndSkipped() throws IOException {
    byte[] notUtf8 = "{\"id\":\"latin\",\"text\":\"blessé\"}".getBytes(StandardCharsets.ISO_8859_1);
    String corpus =
        String.join(
            "\n",
            "{\"id\":\"one\",\"text\":\""
                + FRENCH.replace("\n", "\\n")
                + "\",\"lang\":\"fr\","
                + "\"published\":\"2024-11-19\",\"gold\":{\"events\":[]}}",
            "{\"id\":\"broken\",\"text\":",
            "{\"id\":\"notext\"}",
            "{\"id\":\"baddate\",\"text\":\"x\",\"published\":\"19/11/2024\"}",
            "",
            "{\"id\":\"two\",\"text\":\"" + ARABIC + "\",\"published\":null,\"title\":\"T\"}",
            "[1,2]");
    byte[] bytes = (corpus + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bytes.length + notUtf8.length + 1];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(notUtf8, 0, all, bytes.length, notUtf8.length);
    all[all.length - 1] = '\n';
    Path file = write("corpus.jsonl", all);

    VigieRun run = VigieRun.of(new FakeExtractor(), "extract", file.toString());

    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_ERROR);
    JsonNode docs = json(run.out());
    assertThat(docs)
        .extracting(d -> d.path("article").path("id").asText())
        .containsExactly("one", "two");
    assertThat(docs.get(0).path("article").path("published").asText()).isEqualTo("2024-11-19");
    assertThat(docs.get(1).path("article").path("title").asText()).isEqualTo("T");
    List<String> err = run.errLines();
    assertThat(err).hasSize(5);
    assertThat(err.get(0)).startsWith("vigie: " + file + ":2: not valid JSON");
    assertThat(err.get(1)).isEqualTo("vigie: " + file + ":3: no \"text\" field");
    assertThat(err.get(2)).startsWith("vigie: " + file + ":4: bad \"published\" date");
    assertThat(err.get(3)).isEqualTo("vigie: " + file + ":7: not a JSON object");
    assertThat(err.get(4)).startsWith("vigie: " + file + ":8: not valid UTF-8");
  }

  @Test
  void corpusLineOverTheSizeLimitIsSkippedNotBuffered() throws IOException {
    String big = "{\"id\":\"big\",\"text\":\"" + "a".repeat(3000) + "\"}";
    Path file = write("c.jsonl", big + "\n{\"id\":\"small\",\"text\":\"ok\"}\n");
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(),
            "extract",
            "--format",
            "jsonl",
            "--max-size",
            "1K",
            file.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(run.errLines()).singleElement().asString().contains(":1: too large");
    assertThat(run.outLines()).singleElement().asString().contains("\"small\"");
  }

  @Test
  void htmlPageGivesItsMainTextAndMetadata() throws IOException {
    String page =
        """
        <!doctype html><html lang="fr-FR"><head><meta charset="utf-8">
        <title>Frappe près de la ville - Le Quotidien</title>
        <meta property="og:site_name" content="Le Quotidien">
        <meta property="article:published_time" content="2024-11-19T08:30:00+01:00">
        <link rel="canonical" href="https://quotidien.example/frappe">
        </head><body>
        <nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
        <div class="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
        <article><h1>Frappe près de la ville</h1>
        <p>Une frappe de drone a touché mardi un entrepôt près de la ville, selon la protection civile.</p>
        <p>Deux blessés ont été transportés à l'hôpital, a précisé un responsable local.</p>
        </article>
        <footer>© Le Quotidien 2024 — Mentions légales</footer>
        </body></html>
        """;
    Path file = write("frappe.html", page);
    VigieRun run = VigieRun.of(new FakeExtractor(), "extract", "--with-text", file.toString());
    assertThat(run.status()).isZero();
    JsonNode article = json(run.out()).path("article");
    assertThat(article.path("id").asText()).isEqualTo("frappe");
    assertThat(article.path("text").asText()).isEqualTo(FRENCH);
    assertThat(article.path("title").asText()).isEqualTo("Frappe près de la ville");
    assertThat(article.path("outlet").asText()).isEqualTo("Le Quotidien");
    assertThat(article.path("published").asText()).isEqualTo("2024-11-19");
    assertThat(article.path("url").asText()).isEqualTo("https://quotidien.example/frappe");
    assertThat(article.path("language").asText()).isEqualTo("fr");
  }

  @Test
  void htmlPageInItsDeclaredCharsetIsDecodedWithoutWarning() throws IOException {
    String page = htmlFixture("ar-windows-1256.html");
    Path file = write("ghara.htm", page.getBytes(Charset.forName("windows-1256")));
    VigieRun run = VigieRun.of(new FakeExtractor(), "extract", "--with-text", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode article = json(run.out()).path("article");
    assertThat(article.path("text").asText()).startsWith("استهدفت غارة جوية مستودعا");
    assertThat(article.path("published").asText()).isEqualTo("2022-05-09");
    assertThat(article.path("language").asText()).isEqualTo("ar");
  }

  @Test
  void optionsOverrideAPagesMetadata() throws IOException {
    String page = htmlFixture("fr-article-boilerplate.html");
    Path file = write("depot.html", page);
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(),
            "extract",
            "--published",
            "2024-03-13",
            "--outlet",
            "AFP",
            file.toString());
    JsonNode article = json(run.out()).path("article");
    assertThat(article.path("published").asText()).isEqualTo("2024-03-13");
    assertThat(article.path("outlet").asText()).isEqualTo("AFP");
    assertThat(article.path("title").asText())
        .isEqualTo("Attaque de drone contre un dépôt de carburant");
  }

  @Test
  void emptyBinaryMissingAndHugeFilesAreReportedAndTheRestIsProcessed() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path binary = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Path huge = dir.resolve("huge.txt");
    byte[] block = "lorem ipsum ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
    try (var out = Files.newOutputStream(huge)) {
      for (int written = 0; written < 6 * 1024 * 1024; written += block.length) {
        out.write(block);
      }
    }
    Path good = write("good.txt", FRENCH);
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(),
            "extract",
            empty.toString(),
            binary.toString(),
            dir.resolve("missing.txt").toString(),
            huge.toString(),
            good.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(json(run.out()))
        .extracting(d -> d.path("article").path("id").asText())
        .containsExactly("good");
    List<String> err = run.errLines();
    assertThat(err).hasSize(4);
    assertThat(err.get(0)).isEqualTo("vigie: " + empty + ": empty file");
    assertThat(err.get(1)).startsWith("vigie: " + binary + ": binary file");
    assertThat(err.get(2)).startsWith("vigie: " + dir.resolve("missing.txt") + ": no such file");
    assertThat(err.get(3))
        .startsWith("vigie: " + huge + ": too large (6.0 MB): the limit is 5.0 MB");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void latin1AndWindows1256FilesAreDecodedWithAWarning() throws IOException {
    Path french = write("fr.txt", FRENCH.getBytes(StandardCharsets.ISO_8859_1));
    Path arabic = write("ar.txt", ARABIC.getBytes(Charset.forName("windows-1256")));
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(), "extract", "--with-text", french.toString(), arabic.toString());
    assertThat(run.status()).isZero();
    JsonNode docs = json(run.out());
    assertThat(docs.get(0).path("article").path("text").asText()).isEqualTo(FRENCH);
    assertThat(docs.get(1).path("article").path("text").asText()).isEqualTo(ARABIC);
    assertThat(run.errLines())
        .containsExactly(run.errLines().get(0), run.errLines().get(1))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("vigie: " + french + ": warning:")
                    .contains("decoded as windows-1252"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("vigie: " + arabic + ": warning:")
                    .contains("decoded as windows-1256"));
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(),
            ARABIC.getBytes(StandardCharsets.UTF_8),
            "extract",
            "-",
            "--lang",
            "ar",
            "--with-text");
    assertThat(run.status()).isZero();
    JsonNode article = json(run.out()).path("article");
    assertThat(article.path("id").asText()).isEqualTo("stdin");
    assertThat(article.path("text").asText()).isEqualTo(ARABIC);
    assertThat(article.path("language").asText()).isEqualTo("ar");
  }

  @Test
  void oversizedStandardInputIsRefusedAfterReadingOnlyUpToTheLimit() {
    byte[] big = "x".repeat(4096).getBytes(StandardCharsets.US_ASCII);
    VigieRun run = VigieRun.of(new FakeExtractor(), big, "extract", "--max-size", "1K", "-");
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(run.errLines())
        .containsExactly("vigie: <stdin>: too large: the limit is 1.0 KB per article (--max-size)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void standardInputCanBeACorpus() throws IOException {
    byte[] corpus =
        "{\"id\":\"s1\",\"text\":\"a\"}\n{\"id\":\"s2\",\"text\":\"b\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(),
            corpus,
            "extract",
            "--input-format",
            "jsonl",
            "--format",
            "jsonl",
            "-");
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void jsonlOutputKeepsInputOrderAcrossThreads() throws IOException {
    StringBuilder corpus = new StringBuilder();
    int n = 400;
    for (int i = 0; i < n; i++) {
      corpus
          .append("{\"id\":\"art-")
          .append(i)
          .append("\",\"text\":\"texte ")
          .append(i)
          .append("\"}\n");
    }
    Path file = write("many.jsonl", corpus.toString());
    FakeExtractor extractor = new FakeExtractor(3);
    VigieRun run =
        VigieRun.of(extractor, "extract", "--format", "jsonl", "--threads", "4", file.toString());
    assertThat(run.status()).isZero();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add("art-" + i);
    }
    List<String> ids = new ArrayList<>();
    for (String line : run.outLines()) {
      ids.add(json(line).path("article").path("id").asText());
    }
    assertThat(ids).isEqualTo(expected);
    assertThat(extractor.maxRunning.get()).isGreaterThan(1).isLessThanOrEqualTo(4);
  }

  @Test
  void unsupportedLanguageIsReportedAndTheRunGoesOn() throws IOException {
    Path corpus =
        write(
            "mixed.jsonl",
            "{\"id\":\"x1\",\"text\":\"Lorem ipsum dolor sit amet.\",\"lang\":\"xx\"}\n"
                + "{\"id\":\"f1\",\"text\":\"Deux blessés.\",\"lang\":\"fr\"}\n");
    VigieRun run =
        VigieRun.of(new FakeExtractor(), "extract", "--format", "jsonl", corpus.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.errLines())
        .containsExactly(
            "vigie: "
                + corpus
                + ":1: unsupported-language: no lexicons for language 'xx'; no events extracted");
  }

  @Test
  void anExtractorCrashIsAnInternalErrorForThatArticleOnly() throws IOException {
    Path bad = write("bad.txt", "BOOM");
    Path good = write("good.txt", FRENCH);
    VigieRun run =
        VigieRun.of(
            new FakeExtractor(), "extract", "--format", "jsonl", bad.toString(), good.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.outLines()).singleElement().asString().contains("\"good\"");
    assertThat(run.err()).contains(bad + ": extraction failed (IllegalStateException");
  }

  @Test
  void pipelineThatCannotStartIsAnInternalError() throws IOException {
    Path good = write("good.txt", FRENCH);
    VigieRun run =
        VigieRun.withFactory(
            () -> {
              throw new UnsupportedOperationException("the pipeline is being assembled");
            },
            new byte[0],
            "extract",
            dir.resolve("missing.txt").toString(),
            good.toString(),
            good.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.errLines())
        .containsExactly(
            "vigie: " + dir.resolve("missing.txt") + ": no such file",
            "vigie: cannot start the extraction pipeline: the pipeline is being assembled");
  }

  @Test
  void badInputAloneNeverStartsThePipeline() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    VigieRun run =
        VigieRun.withFactory(
            () -> {
              throw new AssertionError("the pipeline should not start");
            },
            new byte[0],
            "extract",
            empty.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(run.errLines()).containsExactly("vigie: " + empty + ": empty file");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhy() throws IOException {
    Path good = write("good.txt", FRENCH);
    VigieRun badDate =
        VigieRun.of(new FakeExtractor(), "extract", "--published", "yesterday", good.toString());
    assertThat(badDate.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(badDate.err()).contains("YYYY-MM-DD");
    assertThat(VigieRun.of(new FakeExtractor(), "extract").status()).isEqualTo(ExitCodes.USAGE);
    assertThat(VigieRun.of(new FakeExtractor()).status()).isEqualTo(ExitCodes.USAGE);
    assertThat(VigieRun.of(new FakeExtractor(), "frobnicate").status()).isEqualTo(ExitCodes.USAGE);
    assertThat(
            VigieRun.of(new FakeExtractor(), "extract", "--threads", "0", good.toString()).status())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpAndVersionSucceed() {
    VigieRun help = VigieRun.of(new FakeExtractor(), "extract", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--published").contains("Exit status");
    assertThat(VigieRun.of(new FakeExtractor(), "--version").status()).isZero();
  }

  @Test
  void seedArticleFromSharedExamples() throws IOException {
    String shared = System.getProperty("vigie.shared");
    Assumptions.assumeTrue(shared != null, "vigie.shared not set");
    Path seed = Path.of(shared, "examples", "seed-fr.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "no shared examples");
    VigieRun run = VigieRun.of(new FakeExtractor(), "extract", seed.toString());
    assertThat(run.status()).isZero();
    JsonNode article = json(run.out()).path("article");
    assertThat(article.path("id").asText()).isEqualTo("seed-fr");
    assertThat(article.path("length").asInt())
        .isEqualTo(Files.readString(seed, StandardCharsets.UTF_8).length());
  }
}
