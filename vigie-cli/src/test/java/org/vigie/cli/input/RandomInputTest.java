package org.vigie.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.html.HtmlPageReader;

/**
 * Arbitrary bytes and markup never make a reader throw: each input comes out as an article or as a
 * reason to skip it. Seeds are fixed so that a failure reproduces.
 */
class RandomInputTest {

  private static final String[] HTML_PIECES = {
    "<p>",
    "</p>",
    "<div class=\"nav\">",
    "</div>",
    "<article>",
    "</article>",
    "<script>",
    "x=1;",
    "</script>",
    "<!-- c -->",
    "<br>",
    "<a href='/'>",
    "</a>",
    "Une frappe a touché la ville.",
    "غارة جوية",
    "<meta property=\"og:title\" content=\"",
    "\">",
    "<time datetime=\"2024-13-45\">",
    "<script type=\"application/ld+json\">{\"datePublished\":",
    "&amp;",
    "&#0;",
    "<",
    ">",
    "\"",
    "<form>",
    "<header>",
    "<h1>",
    "\u0000",
    "\uFFFD",
    "\n"
  };

  @TempDir Path dir;

  @RepeatedTest(40)
  void randomBytesAreReadOrRefusedNeverThrown(RepetitionInfo info) throws IOException {
    Random random = new Random(info.getCurrentRepetition());
    byte[] bytes = new byte[random.nextInt(3000)];
    random.nextBytes(bytes);
    if (random.nextBoolean()) {
      // mostly-text variants exercise the detector rather than the NUL check
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] >= 0 && bytes[i] < 32 && random.nextInt(10) > 0) {
          bytes[i] = (byte) ('a' + random.nextInt(26));
        }
      }
    }
    for (String name : new String[] {"r.txt", "r.html", "r.jsonl"}) {
      Path file = Files.write(dir.resolve(name), bytes);
      ArticleSources sources =
          new ArticleSources(
              ArticleDefaults.NONE, InputLimits.DEFAULT, null, InputFormat.auto, null);
      try (ArticleSource source = sources.open(file.toString())) {
        SourceItem item;
        while ((item = source.next()) != null) {
          assertThat(item.label()).startsWith(file.toString());
        }
      }
    }
  }

  @RepeatedTest(40)
  void randomMarkupGivesTextWithoutThrowing(RepetitionInfo info) {
    Random random = new Random(1000 + info.getCurrentRepetition());
    StringBuilder html = new StringBuilder();
    for (int i = random.nextInt(200); i > 0; i--) {
      html.append(HTML_PIECES[random.nextInt(HTML_PIECES.length)]);
    }
    String text = HtmlPageReader.read(html.toString(), "").text();
    assertThat(text).doesNotStartWith("\n").doesNotEndWith("\n").doesNotContain("\n\n");
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isNotNull();
  }
}
