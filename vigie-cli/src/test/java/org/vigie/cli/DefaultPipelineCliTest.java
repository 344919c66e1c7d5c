package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import org.vigie.model.Json;

/**
 * {@code vigie extract} with the real default pipeline, end to end: the contract's promise that
 * every evidence span quotes the printed article text exactly, for a plain file and for the text
 * extracted from a web page. Skipped while the pipeline is not available.
 */
class DefaultPipelineCliTest {

  private static Extractor pipeline;

  @TempDir Path dir;

  @BeforeAll
  static void loadPipeline() {
    try {
      pipeline = Extractors.createDefault();
    } catch (UnsupportedOperationException e) {
      pipeline = null;
    }
  }

  @Test
  void seedArticleEvidenceQuotesTheText() throws IOException {
    Assumptions.assumeTrue(pipeline != null, "default pipeline not available");
    String shared = System.getProperty("vigie.shared");
    Assumptions.assumeTrue(shared != null, "vigie.shared not set");
    Path seed = Path.of(shared, "examples", "seed-fr.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "no shared examples");

    VigieRun run = VigieRun.of(pipeline, "extract", "--with-text", seed.toString());

    assertThat(run.status()).isZero();
    JsonNode doc = Json.mapper().readTree(run.out());
    assertThat(doc.path("article").path("id").asText()).isEqualTo("seed-fr");
    assertThat(doc.path("article").path("language").asText()).isEqualTo("fr");
    assertThat(doc.path("events")).isNotEmpty();
    assertEvidenceQuotesText(doc);
  }

  @Test
  void webPageEvidenceQuotesTheExtractedText() throws IOException {
    Assumptions.assumeTrue(pipeline != null, "default pipeline not available");
    Path page = dir.resolve("depot.html");
    try (InputStream in = getClass().getResourceAsStream("/html/fr-article-boilerplate.html")) {
      Files.write(page, in.readAllBytes());
    }

    VigieRun run = VigieRun.of(pipeline, "extract", "--with-text", page.toString());

    assertThat(run.status()).isZero();
    JsonNode doc = Json.mapper().readTree(run.out());
    assertThat(doc.path("article").path("published").asText()).isEqualTo("2024-03-12");
    assertEvidenceQuotesText(doc);
  }

  /** Walks the whole document: every {start, end, text} must be a substring of article.text. */
  private static void assertEvidenceQuotesText(JsonNode doc) {
    String text = doc.path("article").path("text").asText();
    List<JsonNode> spans = new ArrayList<>();
    collectSpans(doc, spans);
    for (JsonNode span : spans) {
      int start = span.get("start").asInt();
      int end = span.get("end").asInt();
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(text.length());
      assertThat(span.get("text").asText()).isEqualTo(text.substring(start, end));
    }
  }

  private static void collectSpans(JsonNode node, List<JsonNode> spans) {
    if (node.isObject()
        && node.has("start")
        && node.has("end")
        && node.has("text")
        && node.get("start").isInt()) {
      spans.add(node);
    }
    node.forEach(child -> collectSpans(child, spans));
  }
}
