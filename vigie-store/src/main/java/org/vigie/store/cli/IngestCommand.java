package org.vigie.store.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.store.EventStore;
import org.vigie.store.IngestSummary;
import org.vigie.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie ingest PATH... [--store DIR|jdbc:postgresql://…] [--threads N] [--reextract]}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts events from files, directories (recursively), JSONL corpora and RSS/Atom feeds"
          + " into the event store. The same article twice changes nothing.",
      "With --reextract and no PATH, re-extracts every stored article (reviewer edits are kept)."
    })
public final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or directories")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--store",
      defaultValue = EventStore.DEFAULT_LOCATION,
      description = "store directory or jdbc:postgresql:// URL (default: ${DEFAULT-VALUE})")
  String store;

  @Option(names = "--threads", description = "extraction threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", defaultValue = "500", description = "articles per transaction")
  int batch;

  @Option(names = "--reextract", description = "re-extract articles already stored")
  boolean reextract;

  @Option(names = "--no-progress", negatable = true, description = "progress line on stderr")
  boolean progress = true;

  @Option(
      names = "--ack",
      description = "append the ids of committed articles to this file, synced after each commit")
  Path ack;

  @Option(
      names = "--extractor",
      defaultValue = "default",
      description = "default, or markup (the test stand-in)")
  String extractor;

  @Override
  public Integer call() {
    if (paths.isEmpty() && !reextract) {
      System.err.println("nothing to ingest: give files or directories, or --reextract");
      return 2;
    }
    Ingestor.Options o =
        Ingestor.Options.defaults()
            .withThreads(threads)
            .withBatchSize(batch)
            .withReextract(reextract)
            .withProgress(progress)
            .withAckFile(ack);
    try (EventStore s = EventStore.open(store)) {
      Ingestor in = new Ingestor(s, ExtractorChoice.of(extractor), o);
      IngestSummary sum = paths.isEmpty() ? in.reextractAll() : in.ingest(paths);
      System.err.println(sum.format());
    }
    return 0;
  }
}
