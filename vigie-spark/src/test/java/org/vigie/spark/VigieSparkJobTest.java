package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.store.ContentHash;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.Ingestor;
import org.vigie.store.export.JsonExporter;
import org.vigie.store.merge.EventFusion;
import org.vigie.store.merge.Mention;
import org.vigie.store.merge.MentionClusterer;
import picocli.CommandLine;

/**
 * The job in Spark local mode over one corpus (generated reports plus, when {@code ../shared} is
 * there, eval texts), against the one-machine paths over the same corpus. Spark runs are slow to
 * start, so the class runs the job twice in all: once in {@link #runJob} (salting every busy key
 * and finding components by distributed propagation), once from the command on Parquet input.
 */
class VigieSparkJobTest {
  @TempDir static Path tmp;
  static List<String> lines;
  static Path corpus;
  static JobReport report;
  static Map<String, EventDigest> sparkEvents;
  static Map<String, String> sparkLines = new TreeMap<>();

  @BeforeAll
  static void runJob() throws IOException {
    lines = new ArrayList<>(TestCorpus.generated(100));
    lines.addAll(TestCorpus.evalTexts(120));
    corpus = TestCorpus.write(tmp, "corpus.jsonl", lines);
    Path out = tmp.resolve("salted");
    report =
        VigieSparkJob.run(
            SparkTestSession.get(),
            JobOptions.of(List.of(corpus.toString()), out.toString())
                .withExtractor(new TestExtractorFactory())
                .withMerge(new MergeSettings(3, 3, 0)));
    sparkEvents = readJsonl(out);
    for (Path f : partFiles(out)) {
      for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        sparkLines.put(EventDigest.ofLine(l).id(), l);
      }
    }
    System.err.printf("vigie-spark test: %d lines, default pipeline%n  %s%n", lines.size(), report);
  }

  @Test
  void readsAsTheStoreDoes() {
    assertThat(report.badLines()).isEqualTo(1);
    assertThat(report.articles()).isEqualTo(lines.size() - 2); // a bad line, a duplicate
    assertThat(report.hotKeys()).as("the salted path was taken").isPositive();
    assertThat(report.componentRounds()).as("the distributed components too").isPositive();
    assertThat(sparkEvents.values()).noneMatch(e -> e.articleIds().contains("dup-"));
    assertThat(sparkEvents.values()).anyMatch(e -> e.articleIds().startsWith("a-"));
    assertThat(sparkEvents.values()).anyMatch(e -> e.articleIds().split(",").length >= 3);
  }

  /** The store's merge run once over every mention on one machine decides the same. */
  @Test
  void sameEventsAsTheMergeOnOneMachine() {
    Extractor x = new TestExtractorFactory().create();
    List<Mention> all = new ArrayList<>();
    Set<String> shas = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      ArticleLines.Fields f = ArticleLines.parse(line);
      if (f == null || !shas.add(ContentHash.sha256(f.text()))) {
        continue;
      }
      String sha = ContentHash.sha256(f.text());
      String id = f.id() == null || f.id().isBlank() ? "a-" + sha.substring(0, 20) : f.id();
      if (!ids.add(id)) {
        id = id + "~" + sha.substring(0, 8);
      }
      Article a = article(f);
      for (Row r : MentionRows.of(a, id, sha, x.extract(a))) {
        all.add(MentionRows.mention(r, true));
      }
    }
    Map<String, EventDigest> local = new TreeMap<>();
    for (List<Mention> g : new MentionClusterer().cluster(all)) {
      Event e = EventFusion.fuse(g);
      local.put(e.id(), EventDigest.of(e, g.stream().map(Mention::articleId).distinct().toList()));
    }
    assertThat(sparkEvents.keySet()).isEqualTo(local.keySet());
    assertThat(sparkEvents).isEqualTo(local);
  }

  /**
   * The acceptance test of the issue: {@code vigie ingest} (the store's {@link Ingestor} on the
   * same file) then {@code vigie export --format jsonl} (its {@link JsonExporter}) give the events
   * of the Spark job: the same fields compared, and then the same lines.
   */
  @Test
  void sameEventsAsStoreIngestAndExport() throws IOException {
    StringWriter exported = new StringWriter();
    try (EventStore store = EventStore.open(tmp.resolve("store"))) {
      // one extraction thread: the store writes in completion order, and only input order makes
      // "the first text under an id keeps it" deterministic
      Ingestor.Options o = Ingestor.Options.defaults().withThreads(1).withProgress(false);
      new Ingestor(store, new TestExtractorFactory().create(), o).ingest(List.of(corpus));
      new JsonExporter(true).export(store, EventQuery.all(), exported);
    }
    Map<String, EventDigest> stored = new TreeMap<>();
    Map<String, String> storedLines = new TreeMap<>();
    for (String l : exported.toString().split("\\n")) {
      if (!l.isBlank()) {
        // the exporter's JSON generator puts a space between root values: lines after the first
        // start with one
        EventDigest d = EventDigest.ofLine(l);
        stored.put(d.id(), d);
        storedLines.put(d.id(), l.strip());
      }
    }
    assertThat(sparkEvents.keySet()).isEqualTo(stored.keySet());
    assertThat(sparkEvents).isEqualTo(stored);
    // and beyond the compared fields: the very same export lines (evidence, sources, order)
    assertThat(sparkLines).isEqualTo(storedLines);
  }

  /**
   * {@code vigie spark --master local[2] --input … --output DIR} writes JSONL files under DIR;
   * Parquet input, default salting and driver-side components give the same events.
   */
  @Test
  void commandOnParquetInputGivesTheSameEvents() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path parquet = tmp.resolve("corpus.parquet");
    // one file, rows in line order: the order decides duplicates and id clashes
    spark.read().json(corpus.toString()).coalesce(1).write().parquet(parquet.toString());
    Path out = tmp.resolve("cli");
    int code =
        new CommandLine(new SparkCommand())
            .execute(
                "--master", "local[2]",
                "--input", parquet.toString(),
                "--output", out.toString(),
                "--extractor", TestExtractorFactory.class.getName());
    assertThat(code).isZero();
    assertThat(readJsonl(out)).isEqualTo(sparkEvents);
    List<Row> rows = spark.read().parquet(out.resolve("parquet").toString()).collectAsList();
    assertThat(rows).hasSize(sparkEvents.size());
  }

  static Map<String, EventDigest> readJsonl(Path out) throws IOException {
    Map<String, EventDigest> m = new TreeMap<>();
    for (Path f : partFiles(out)) {
      for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        EventDigest d = EventDigest.ofLine(l);
        assertThat(m.put(d.id(), d)).as("one line per event id").isNull();
      }
    }
    return m;
  }

  static List<Path> partFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("jsonl"))) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }

  static Article article(ArticleLines.Fields f) {
    return new Article(
        f.id(),
        f.text(),
        f.published() == null ? null : LocalDate.parse(f.published()),
        f.language(),
        f.url(),
        f.outlet(),
        f.title());
  }
}
