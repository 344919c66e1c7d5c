package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Json;
import org.vigie.store.bench.SyntheticCorpus;
import org.vigie.store.cli.StoreMain;
import org.vigie.store.jdbc.IntegrityCheck;
import org.vigie.store.jdbc.JdbcEventStore;

/**
 * kill -9 in the middle of an ingest, in a real child JVM: nothing acknowledged is lost, nothing is
 * duplicated, nothing is half-written. {@code -Dvigie.crash.articles=50000} for a bigger run.
 */
class CrashRecoveryTest {

  @Test
  void sigkillMidIngestLosesNothingAcknowledged() throws Exception {
    int n = Integer.getInteger("vigie.crash.articles", 4000);
    Path dir = Backends.tempDir();
    Path corpus = dir.resolve("corpus.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      for (Article a : new SyntheticCorpus(n, 3)) {
        w.write(
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
                    a.outlet())));
        w.write('\n');
      }
    }
    Path store = dir.resolve("store");
    Path ack = dir.resolve("ack.txt");

    Process first = child(corpus, store, ack, dir.resolve("first.log"));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (acked(ack).size() < Math.min(n / 4, 1000)
        && first.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(first.isAlive()).as("still ingesting when killed").isTrue();
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint
    first.waitFor();
    Set<String> ackedBeforeKill = acked(ack);
    assertThat(ackedBeforeKill).isNotEmpty().hasSizeLessThan(n);

    try (EventStore s = EventStore.open(store.toString())) {
      IntegrityCheck check = ((JdbcEventStore) s).checkIntegrity();
      System.out.printf(
          "killed with %d of %d articles acknowledged; after reopening: %s%n",
          ackedBeforeKill.size(), n, check);
      assertThat(check.ok()).as(check.toString()).isTrue();
      assertThat(check.articles()).isGreaterThanOrEqualTo(ackedBeforeKill.size());
      Set<String> stored = new HashSet<>();
      s.forEachArticle(a -> stored.add(a.id()));
      assertThat(stored).containsAll(ackedBeforeKill);
    }

    Process second = child(corpus, store, ack, dir.resolve("second.log"));
    assertThat(second.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log"))).isZero();
    try (EventStore s = EventStore.open(store.toString())) {
      IntegrityCheck check = ((JdbcEventStore) s).checkIntegrity();
      assertThat(check.ok()).as(check.toString()).isTrue();
      System.out.printf("after the restarted ingest: %s%n", check);
      assertThat(check.articles()).isEqualTo(n);
      assertThat(s.health().mentions()).isEqualTo(n);
    }
    List<String> ackLines = Files.readAllLines(ack);
    assertThat(new HashSet<>(ackLines)).hasSize(ackLines.size()); // no article acknowledged twice
  }

  private static Set<String> acked(Path ack) throws Exception {
    if (!Files.exists(ack)) {
      return Set.of();
    }
    Set<String> ids = new HashSet<>();
    for (String l : Files.readAllLines(ack)) {
      if (!l.isBlank()) {
        ids.add(l.strip());
      }
    }
    return ids;
  }

  private static Process child(Path corpus, Path store, Path ack, Path log) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(StoreMain.class.getName());
    cmd.addAll(
        List.of(
            "ingest",
            corpus.toString(),
            "--store",
            store.toString(),
            "--ack",
            ack.toString(),
            "--extractor",
            "markup",
            "--threads",
            "2",
            "--batch",
            "100",
            "--no-progress"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
