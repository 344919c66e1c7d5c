package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import org.vigie.model.Article;
import org.vigie.store.jdbc.JdbcEventStore;
import org.vigie.store.source.ArticleSources;

class IngestorTest {

  static List<String> backends() {
    return Backends.names().toList();
  }

  static Path corpus() throws Exception {
    Path dir = Backends.tempDir();
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(
        dir.resolve("sub/one.txt"), Fixtures.tinzFr1().text(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("empty.txt"), "  ", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "ignored in a directory", StandardCharsets.UTF_8);
    String jsonl =
        "{\"id\": \"sumy-en\", \"text\": \""
            + Fixtures.sumy().text().replace("\"", "\\\"")
            + "\", \"published\": \"2025-04-14\", \"lang\": \"en\", \"outlet\": \"Cyprus Mail\"}\n"
            + "{not json\n"
            + "{\"id\": \"no-text\"}\n"
            + "{\"id\": \"sumy-fr\", \"text\": \""
            + Fixtures.sumyFr().text().replace("\"", "\\\"")
            + "\", \"published\": \"2025-04-13\", \"lang\": \"fr\", \"outlet\": \"RTL Info\","
            + " \"events\": [\"gold is ignored\"]}\n";
    Files.writeString(dir.resolve("corpus.jsonl"), jsonl, StandardCharsets.UTF_8);
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>AP feed</title>"
            + "<language>en-us</language><link>https://ap.example</link><description>d</description>"
            + "<item><title>Drone strike in Mali</title><link>https://ap.example/1</link>"
            + "<pubDate>Mon, 26 Aug 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>"
            + Fixtures.tinzEn().text()
            + "</p>]]></description></item>"
            + "<item><title></title><link>https://ap.example/2</link><description></description></item>"
            + "</channel></rss>";
    Files.writeString(dir.resolve("feed.rss"), rss, StandardCharsets.UTF_8);
    return dir;
  }

  @ParameterizedTest
  @MethodSource("backends")
  void ingestsFilesJsonlAndFeedsOnceAndReportsSkips(String backend) throws Exception {
    Path dir = corpus();
    Path ack = Backends.tempDir().resolve("ack.log");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      Ingestor in =
          new Ingestor(
              s,
              Fixtures.EXTRACTOR,
              Ingestor.Options.defaults().withThreads(2).withBatchSize(2).withAckFile(ack),
              ArticleSources.defaults(),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      IngestSummary first = in.ingest(List.of(dir));
      assertThat(first.articlesRead()).isEqualTo(4);
      assertThat(first.articlesStored()).isEqualTo(4);
      assertThat(first.skipped()).containsKeys("empty", "no text", "item without text");
      assertThat(first.skipped().keySet()).anyMatch(k -> k.startsWith("bad line"));
      assertThat(first.eventsCreated()).isEqualTo(2); // Tinzaouatène x2 and Sumy x2
      assertThat(Files.readAllLines(ack))
          .containsExactlyInAnyOrder("one", "sumy-en", "sumy-fr", "https://ap.example/1");
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("articles/s");

      IngestSummary again = in.ingest(List.of(dir));
      assertThat(again.articlesStored()).isZero();
      assertThat(again.duplicates()).isEqualTo(4);
      assertThat(s.health().articles()).isEqualTo(4);

      StoredEvent feedEvent = s.list(EventQuery.builder().country("ML").build()).items().get(0);
      assertThat(feedEvent.sources()).extracting(EventSource::outlet).contains("AP feed");
      assertThat(feedEvent.sources()).extracting(EventSource::language).contains("en");

      IngestSummary redo =
          new Ingestor(s, Fixtures.EXTRACTOR, Ingestor.Options.defaults().withProgress(false))
              .reextractAll();
      assertThat(redo.articlesStored()).isEqualTo(4);
      assertThat(s.health().events()).isEqualTo(2);
      assertThat(((JdbcEventStore) s).checkIntegrity().ok()).isTrue();
    }
  }

  @Test
  void aFailingExtractorSkipsTheArticleAndGoesOn() throws Exception {
    Extractor flaky =
        a -> {
          if (a.id().equals("boom")) {
            throw new IllegalStateException("boom");
          }
          return Fixtures.EXTRACTOR.extract(a);
        };
    try (EventStore s = EventStore.open(Backends.fresh("duckdb"))) {
      IngestSummary sum =
          new Ingestor(s, flaky, Ingestor.Options.defaults().withProgress(false))
              .ingestArticles(List.of(Article.of("boom", "x"), Fixtures.sumy()));
      assertThat(sum.articlesStored()).isEqualTo(1);
      assertThat(sum.skipped()).containsEntry("extraction failed: IllegalStateException", 1L);
    }
  }

  @Test
  void withTheDefaultExtractorWhenItExists() throws Exception {
    Extractor x;
    try {
      x = Extractors.createDefault();
    } catch (UnsupportedOperationException e) {
      x = null;
    }
    Assumptions.assumeTrue(x != null, "the default extraction pipeline is not assembled yet");
    try (EventStore s = EventStore.open(Backends.fresh("duckdb"))) {
      Article a =
          new Article(
              "d1",
              "Une frappe de drone a tué trois civils dimanche à Tinzaouatène, au Mali.",
              java.time.LocalDate.parse("2024-08-27"),
              "fr",
              null,
              "RFI",
              null);
      IngestSummary sum =
          new Ingestor(s, x, Ingestor.Options.defaults().withProgress(false))
              .ingestArticles(List.of(a, a));
      assertThat(sum.articlesStored()).isEqualTo(1);
      assertThat(((JdbcEventStore) s).checkIntegrity().ok()).isTrue();
    }
  }
}
