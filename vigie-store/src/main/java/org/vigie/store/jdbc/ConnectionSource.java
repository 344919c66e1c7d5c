package org.vigie.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/** Hands out connections: duplicates of one DuckDB instance, or a PostgreSQL pool. */
abstract sealed class ConnectionSource implements AutoCloseable {

  abstract Dialect dialect();

  abstract Connection get() throws SQLException;

  abstract String describe();

  @Override
  public abstract void close();

  static ConnectionSource open(String location) {
    if (location.startsWith("jdbc:postgresql:")) {
      return new Postgres(location);
    }
    if (location.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "unsupported store URL (a directory or jdbc:postgresql://…): " + location);
    }
    return new Duck(Path.of(location));
  }

  /**
   * DuckDB, embedded: one database instance per process, opened once; every caller gets a {@link
   * DuckDBConnection#duplicate()} of it, which is how DuckDB shares one instance across threads.
   */
  static final class Duck extends ConnectionSource {
    private final DuckDBConnection root;
    private final Path file;

    Duck(Path dir) {
      try {
        Files.createDirectories(dir);
        file = dir.resolve("vigie.duckdb");
        root =
            (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot open the store in " + dir + " (is another vigie process writing to it?)", e);
      }
    }

    @Override
    Dialect dialect() {
      return Dialect.DUCKDB;
    }

    @Override
    Connection get() throws SQLException {
      return root.duplicate();
    }

    @Override
    String describe() {
      return "duckdb:" + file;
    }

    @Override
    public void close() {
      try {
        // a checkpoint folds the write-ahead log into the database file: a clean close
        try (var s = root.createStatement()) {
          s.execute("CHECKPOINT");
        }
        root.close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** PostgreSQL through a small HikariCP pool. */
  static final class Postgres extends ConnectionSource {
    private final HikariDataSource pool;
    private final String url;

    Postgres(String url) {
      this.url = url;
      HikariConfig cfg = new HikariConfig();
      cfg.setJdbcUrl(url);
      cfg.setMaximumPoolSize(8);
      cfg.setPoolName("vigie-store");
      pool = new HikariDataSource(cfg);
    }

    @Override
    Dialect dialect() {
      return Dialect.POSTGRESQL;
    }

    @Override
    Connection get() throws SQLException {
      return pool.getConnection();
    }

    @Override
    String describe() {
      return "postgresql:" + url.replaceAll("password=[^&]*", "password=…");
    }

    @Override
    public void close() {
      pool.close();
    }
  }
}
