package org.vigie.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie serve}: the API and the web map over the store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API (/api), its OpenAPI description (/openapi.json) and the web map (/).",
      "Writes need the API token from the VIGIE_TOKEN environment variable."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--store",
      paramLabel = "DIR|JDBC_URL",
      description = "Embedded store directory or jdbc:postgresql://… (default: ${DEFAULT-VALUE}).",
      defaultValue = EventStore.DEFAULT_LOCATION)
  String store;

  @Option(
      names = "--port",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--host",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one).",
      defaultValue = ServerConfig.DEFAULT_HOST)
  String host;

  @Option(
      names = "--protect-reads",
      negatable = true,
      description =
          "Reads need the API token too (default: open reads, or VIGIE_PROTECT_READS=true).")
  boolean protectReads;

  @Option(
      names = "--open-reads",
      description = "Reads are open to anyone who reaches the port (the default).")
  boolean openReads;

  @Option(
      names = "--tiles",
      paramLabel = "URL",
      description =
          "Online tile template such as https://tile.example/{z}/{x}/{y}.png (default: none; the"
              + " map draws bundled country outlines and works offline).")
  String tiles;

  /** Runs the server alone; the {@code vigie} CLI registers this command as {@code vigie serve}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    if (openReads && protectReads) {
      System.err.println("--open-reads and --protect-reads contradict each other");
      return 2;
    }
    String token = System.getenv("VIGIE_TOKEN");
    // configuration without flags, for service managers: VIGIE_PROTECT_READS=true
    if (!openReads
        && !protectReads
        && "true".equalsIgnoreCase(System.getenv("VIGIE_PROTECT_READS"))) {
      protectReads = true;
    }
    if (protectReads && (token == null || token.isBlank())) {
      System.err.println("--protect-reads needs a token: set VIGIE_TOKEN");
      return 2;
    }
    ServerConfig config = new ServerConfig(host, port, token, protectReads, tiles);
    EventStore es = EventStore.open(store);
    VigieServer server = new VigieServer(es, config);
    try {
      server.start();
    } catch (RuntimeException e) {
      es.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // the JVM waits for shutdown hooks, not for this thread: close everything in the hook
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  es.close();
                  stopped.countDown();
                },
                "vigie-serve-shutdown"));
    stopped.await();
    return 0;
  }
}
