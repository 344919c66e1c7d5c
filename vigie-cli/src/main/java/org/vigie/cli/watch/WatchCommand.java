package org.vigie.cli.watch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigie.cli.CliContext;
import org.vigie.cli.ExitCodes;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.store.EventStore;
import org.vigie.store.IngestSummary;
import org.vigie.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie watch FEEDS.txt [--every 10m] [--store DIR|jdbc:…] [--once]}: polls RSS/Atom feeds,
 * fetches each new item's page (main text as in {@code extract}), and ingests what is new.
 *
 * <p>Each round: every feed is polled with the validators it gave last time (a 304 costs nothing);
 * the items not seen before have their page fetched; the new articles are ingested (idempotent by
 * content hash); only then are the items marked seen and the validators remembered, so a round
 * interrupted or failed before the commit is simply done again. A feed that is down, slow or
 * malformed is reported on stderr and the others go on. The state is {@code watch-state.json} in
 * the store directory (or {@code --state}). The store is opened for the ingest only, so other
 * commands can use it between rounds.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls RSS/Atom feeds and ingests each new item's page (its main text) into the event store.",
      "Conditional requests (ETag, Last-Modified) keep polls cheap; what was ingested is"
          + " remembered in the store directory across runs. A feed that is down or malformed is"
          + " reported and the others go on. Stops cleanly on Ctrl-C."
    })
public final class WatchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FEEDS.txt", description = "one feed URL a line; # starts a comment")
  Path feedsFile;

  @Option(
      names = "--every",
      defaultValue = "10m",
      converter = Interval.class,
      description = "time between polls: 30s, 10m, 1h (default: ${DEFAULT-VALUE})")
  Duration every;

  @Option(
      names = "--store",
      defaultValue = EventStore.DEFAULT_LOCATION,
      description = "store directory or jdbc:postgresql:// URL (default: ${DEFAULT-VALUE})")
  String store;

  @Option(names = "--once", description = "poll every feed once, then exit")
  boolean once;

  @Option(
      names = "--state",
      description =
          "where to keep what was seen (default: watch-state.json in the store directory;"
              + " vigie-watch-state.json here for a jdbc: store)")
  Path stateFile;

  @Option(
      names = "--timeout",
      defaultValue = "30s",
      converter = Interval.class,
      description = "per-request timeout (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(names = "--threads", description = "extraction threads (default: 2)")
  int threads = 2;

  private final CliContext context;
  private Extractor extractor;

  /** Set on Ctrl-C: the round polls no further feed, stores what it has and ends. */
  private volatile boolean stopping;

  WatchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream err = context.err();
    FeedList feeds;
    try {
      feeds = FeedList.read(feedsFile);
    } catch (IOException e) {
      err.println("vigie watch: cannot read " + feedsFile + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    feeds.problems().forEach(p -> err.println("vigie watch: " + p));
    if (feeds.feeds().isEmpty()) {
      err.println("vigie watch: no feed URL in " + feedsFile);
      return ExitCodes.USAGE;
    }
    Path statePath = stateFile != null ? stateFile : defaultStateFile(store);
    WatchState state;
    try {
      state = WatchState.load(statePath);
    } catch (IOException e) {
      err.println("vigie watch: cannot read the state file " + statePath + ": " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    FeedPoller poller = new FeedPoller(new HttpFetcher(timeout));
    if (once) {
      boolean clean = round(feeds.feeds(), poller, state);
      return clean && feeds.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
    }
    return loop(feeds.feeds(), poller, state);
  }

  /** Polls every {@code every} until interrupted (Ctrl-C): the current round ends first. */
  private int loop(List<URI> feeds, FeedPoller poller, WatchState state) {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Thread hook =
        new Thread(
            () -> {
              stopping = true;
              stop.countDown();
              try {
                // let the running round finish its commit and state write, within reason
                if (!done.await(timeout.toMillis() * 2 + 30_000, TimeUnit.MILLISECONDS)) {
                  main.interrupt();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "vigie-watch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    context
        .err()
        .println(
            "vigie watch: " + feeds.size() + " feed(s), every " + human(every) + "; Ctrl-C stops");
    try {
      while (stop.getCount() > 0) {
        round(feeds, poller, state);
        if (stop.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      }
      context.err().println("vigie watch: stopped");
      return ExitCodes.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      context.err().println("vigie watch: interrupted");
      return ExitCodes.OK;
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already: the hook is running
      }
    }
  }

  /**
   * One round: polls every feed, ingests the new items, then records them and the validators.
   * Returns false when a feed failed or the ingest did.
   */
  boolean round(List<URI> feeds, FeedPoller poller, WatchState state) throws InterruptedException {
    PrintStream err = context.err();
    String now = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    List<FeedPoller.Result> results = new ArrayList<>();
    boolean clean = true;
    int unchanged = 0;
    for (URI feed : feeds) {
      if (stopping) {
        err.println("vigie watch: stopping; the remaining feeds wait for the next run");
        break;
      }
      FeedPoller.Result r = poller.poll(feed, state.feed(feed.toString()));
      r.notes().forEach(n -> err.println("vigie watch: " + n));
      if (r.error() != null) {
        err.println("vigie watch: feed " + feed + " failed: " + r.error());
        clean = false;
        continue;
      }
      if (r.notModified()) {
        unchanged++;
        continue;
      }
      results.add(r);
    }
    List<Article> articles = new ArrayList<>();
    results.forEach(r -> r.items().forEach(i -> articles.add(i.article())));
    long fromPages =
        results.stream().flatMap(r -> r.items().stream()).filter(i -> i.fromPage()).count();
    if (!articles.isEmpty()) {
      try (EventStore s = EventStore.open(store)) {
        Ingestor.Options o = Ingestor.Options.defaults().withThreads(threads).withProgress(false);
        IngestSummary sum =
            new Ingestor(s, extractor(), o, org.vigie.store.source.ArticleSources.defaults(), err)
                .ingestArticles(articles);
        err.println(
            "vigie watch: "
                + now
                + " "
                + articles.size()
                + " new item(s) ("
                + fromPages
                + " from their page, "
                + (articles.size() - fromPages)
                + " from the feed's description): "
                + sum.format());
      } catch (RuntimeException e) {
        err.println("vigie watch: ingest failed, the items will be tried again: " + e.getMessage());
        return false;
      }
    } else {
      err.println(
          "vigie watch: "
              + now
              + " nothing new ("
              + unchanged
              + " feed(s) not modified, "
              + (feeds.size() - unchanged)
              + " polled)");
    }
    for (FeedPoller.Result r : results) {
      WatchState.Feed f = state.feed(r.feed().toString());
      r.items().forEach(i -> f.markSeen(i.key()));
      r.skippedKeys().forEach(f::markSeen);
      f.etag = r.etag();
      f.lastModified = r.lastModified();
    }
    try {
      state.save();
    } catch (IOException e) {
      err.println("vigie watch: cannot write " + state.file() + ": " + e.getMessage());
      return false;
    }
    return clean;
  }

  private Extractor extractor() {
    if (extractor == null) {
      extractor = context.extractors().get();
    }
    return extractor;
  }

  static Path defaultStateFile(String store) {
    if (store != null && store.startsWith("jdbc:")) {
      return Path.of("vigie-watch-state.json");
    }
    return Path.of(store == null ? EventStore.DEFAULT_LOCATION : store).resolve("watch-state.json");
  }

  private static String human(Duration d) {
    return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}
