package org.vigie.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliContext;
import org.vigie.cli.Vigie;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.store.EventStore;
import org.vigie.store.StoredArticle;
import org.vigie.store.bench.MarkupExtractor;

class WatchCommandTest {

  @TempDir Path tmp;
  FixtureServer server;
  Path storeDir;
  Path feedsFile;
  final AtomicInteger extracted = new AtomicInteger();
  final Extractor extractor =
      new Extractor() {
        final MarkupExtractor inner = new MarkupExtractor();

        @Override
        public ArticleResult extract(Article article) {
          extracted.incrementAndGet();
          return inner.extract(article);
        }
      };

  static final ZonedDateTime ATOM_TIME = ZonedDateTime.of(2024, 8, 7, 10, 0, 0, 0, ZoneOffset.UTC);

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer(tmp.resolve("site"), 6000);
    storeDir = tmp.resolve("store");
    String base = server.url("");
    server.write(
        "/rss/sahel.xml",
        Fixtures.rss(base, List.of(Fixtures.RSS_1, Fixtures.RSS_2, Fixtures.RSS_MISSING)),
        null);
    server.write("/atom/veilleur.xml", Fixtures.atom(base), ATOM_TIME);
    server.write("/pages/sahel-convoy.html", Fixtures.convoyPage(), null);
    server.write("/pages/sahel-market.html", Fixtures.marketPage(), null);
    server.write("/pages/sahel-bridge.html", Fixtures.bridgePage(), null);
    server.write("/pages/lac-bol.html", Fixtures.bolPage(), null);
    server.write("/pages/lac-pecheurs.html", Fixtures.pecheursPage(), null);
    server.write("/malformed.xml", Fixtures.MALFORMED, null);
    feedsFile = tmp.resolve("feeds.txt");
    Files.writeString(
        feedsFile,
        String.join(
            "\n",
            "# feeds under test",
            server.url("/rss/sahel.xml"),
            "",
            server.url("/down.xml") + "   # answers 500",
            server.url("/malformed.xml"),
            server.url("/slow.xml"),
            server.url("/atom/veilleur.xml"),
            ""));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  record Run(int status, String out, String err) {}

  Run watch(String... extra) {
    List<String> args = new ArrayList<>(List.of("watch", feedsFile.toString(), "--once"));
    args.addAll(List.of("--store", storeDir.toString(), "--timeout", "2s", "--threads", "1"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int status =
          Vigie.run(
              args, new CliContext(new ByteArrayInputStream(new byte[0]), o, e, () -> extractor));
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  Map<String, StoredArticle> stored() {
    Map<String, StoredArticle> byId = new TreeMap<>();
    try (EventStore s = EventStore.open(storeDir)) {
      s.forEachArticle(a -> byId.put(a.id(), a));
    }
    return byId;
  }

  @Test
  void pollsIngestsRevalidatesAndIngestsOnlyWhatIsNew() throws IOException {
    // ---- first poll: every item is new
    Run first = watch();
    assertThat(first.status()).as(first.err()).isEqualTo(1); // some feeds are broken
    Map<String, StoredArticle> articles = stored();
    assertThat(articles)
        .containsOnlyKeys(
            "sahel-1", "sahel-2", "sahel-3", "urn:test:veilleur:101", "urn:test:veilleur:102");
    StoredArticle convoy = articles.get("sahel-1");
    assertThat(convoy.text())
        .contains("Armed men ambushed a supply convoy on the road to Tessit")
        .contains("Two drivers were killed")
        .doesNotContain("Subscribe now")
        .doesNotContain("cookies")
        .doesNotContain("All rights reserved");
    assertThat(convoy.title()).isEqualTo("Convoy ambushed near Tessit");
    assertThat(convoy.outlet()).isEqualTo("Sahel Dispatch");
    assertThat(convoy.url()).isEqualTo(server.url("/pages/sahel-convoy.html"));
    assertThat(convoy.published()).hasToString("2024-08-05");
    assertThat(convoy.language()).isEqualTo("en");
    // the page is missing: the item's description stands in
    assertThat(articles.get("sahel-3").text())
        .isEqualTo(
            "Gunmen attacked a checkpoint east of Gao on Tuesday night, a local official said.");
    StoredArticle bol = articles.get("urn:test:veilleur:101");
    assertThat(bol.text()).contains("Des hommes armés ont attaqué un poste militaire près de Bol");
    assertThat(bol.language()).isEqualTo("fr");
    assertThat(bol.outlet()).isEqualTo("Le Veilleur du Lac");
    // a relative Atom link is resolved against the feed
    assertThat(articles.get("urn:test:veilleur:102").url())
        .isEqualTo(server.url("/pages/lac-pecheurs.html"));
    assertThat(server.pageHits()).isEqualTo(5);
    assertThat(server.hits).allSatisfy(h -> assertThat(h.userAgent()).startsWith("Vigie/"));
    // the broken feeds are reported, each on its own line, and did not stop the others
    assertThat(first.err())
        .contains("feed " + server.url("/down.xml") + " failed: HTTP 500")
        .contains("feed " + server.url("/malformed.xml") + " failed: not a readable RSS/Atom feed")
        .contains("feed " + server.url("/slow.xml") + " failed: timed out")
        .contains("not-there.html: HTTP 404; using the item's description");
    assertThat(extracted.get()).isEqualTo(5);

    // the state is in the store directory
    JsonNode state = new ObjectMapper().readTree(storeDir.resolve("watch-state.json").toFile());
    JsonNode rss = state.path("feeds").path(server.url("/rss/sahel.xml"));
    assertThat(rss.path("etag").asText()).startsWith("\"");
    assertThat(rss.path("seen")).hasSize(3);
    JsonNode atom = state.path("feeds").path(server.url("/atom/veilleur.xml"));
    assertThat(atom.path("lastModified").asText()).isEqualTo("Wed, 7 Aug 2024 10:00:00 GMT");
    assertThat(atom.has("etag")).isFalse();

    // ---- second run (a new process, as far as state goes): validators sent, 304, nothing fetched
    server.hits.clear();
    Run second = watch();
    assertThat(second.status()).as(second.err()).isEqualTo(1);
    assertThat(server.hits("/rss/sahel.xml"))
        .singleElement()
        .satisfies(h -> assertThat(h.ifNoneMatch()).isEqualTo(rss.path("etag").asText()));
    assertThat(server.hits("/atom/veilleur.xml"))
        .singleElement()
        .satisfies(h -> assertThat(h.ifModifiedSince()).isEqualTo("Wed, 7 Aug 2024 10:00:00 GMT"));
    assertThat(server.pageHits()).isZero();
    assertThat(second.err()).contains("nothing new (2 feed(s) not modified");
    assertThat(extracted.get()).isEqualTo(5);
    assertThat(stored()).hasSize(5);

    // ---- a new item appears: only it is fetched and ingested
    server.hits.clear();
    String base = server.url("");
    server.write(
        "/rss/sahel.xml",
        Fixtures.rss(
            base, List.of(Fixtures.RSS_NEW, Fixtures.RSS_1, Fixtures.RSS_2, Fixtures.RSS_MISSING)),
        null);
    Run third = watch();
    assertThat(third.status()).as(third.err()).isEqualTo(1);
    assertThat(server.hits.stream().filter(h -> h.path().startsWith("/pages/")).map(h -> h.path()))
        .containsExactly("/pages/sahel-bridge.html");
    assertThat(extracted.get()).isEqualTo(6);
    Map<String, StoredArticle> after = stored();
    assertThat(after).hasSize(6).containsKey("sahel-4");
    assertThat(after.get("sahel-4").text()).contains("blew up a bridge on the main road to Niamey");
  }

  @Test
  void cleanFeedsExitZeroAndAJdbcStoreKeepsStateWhereAsked() throws IOException {
    Files.writeString(
        feedsFile, server.url("/atom/veilleur.xml") + "\n" + server.url("/rss/sahel.xml") + "\n");
    Path state = tmp.resolve("elsewhere/state.json");
    Run r = watch("--state", state.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(state).exists();
    assertThat(storeDir.resolve("watch-state.json")).doesNotExist();
    assertThat(stored()).hasSize(5);
  }

  @Test
  void loopsUntilInterrupted() throws Exception {
    Files.writeString(feedsFile, server.url("/atom/veilleur.xml") + "\n");
    AtomicReference<Run> result = new AtomicReference<>();
    Thread t =
        new Thread(
            () ->
                result.set(
                    run(
                        "watch",
                        feedsFile.toString(),
                        "--every",
                        "300ms",
                        "--store",
                        storeDir.toString(),
                        "--timeout",
                        "2s")));
    t.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (server.hits("/atom/veilleur.xml").size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    t.interrupt();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(result.get().status()).as(result.get().err()).isZero();
    assertThat(server.hits("/atom/veilleur.xml").size()).isGreaterThanOrEqualTo(3);
    // polls after the first are conditional and fetch no page again
    assertThat(server.hits("/atom/veilleur.xml").get(2).ifModifiedSince()).isNotNull();
    assertThat(server.pageHits()).isEqualTo(2);
    assertThat(stored()).hasSize(2);
  }

  @Test
  void badFeedsFileAndBadIntervalAreUsageErrors() throws IOException {
    Files.writeString(feedsFile, "# nothing\nftp://example.org/feed\n");
    Run r = watch();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("not an http(s) URL").contains("no feed URL");
    assertThat(run("watch", feedsFile.toString(), "--every", "ten").status()).isEqualTo(2);
  }

  @Test
  void intervals() {
    assertThat(Interval.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Interval.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Interval.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(Interval.parse(" 2d ")).isEqualTo(Duration.ofDays(2));
    assertThat(Interval.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThrows(IllegalArgumentException.class, () -> Interval.parse("0s"));
    assertThrows(IllegalArgumentException.class, () -> Interval.parse("10"));
    assertThrows(IllegalArgumentException.class, () -> Interval.parse("m"));
  }
}
