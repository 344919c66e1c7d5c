package org.vigie.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.store.ContentHash;

/**
 * A small versioned-migration runner: {@code db/migration/<engine>/V<n>__<what>.sql}, listed in
 * order in that directory's {@code migrations.txt}, each applied once in its own transaction and
 * recorded with its checksum in {@code schema_version}. An applied file whose checksum changed
 * stops the store from opening. (Flyway has no DuckDB support in its open-source edition, and
 * Liquibase's XML is heavier than the few SQL files we need.)
 */
public final class Migrations {
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

  /** One migration file. */
  public record Migration(int version, String description, String sql, String checksum) {}

  private Migrations() {}

  /** Applies what is missing; returns the schema version now in place. */
  public static int migrate(Connection c, Dialect dialect) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                + "description VARCHAR NOT NULL, checksum VARCHAR NOT NULL, "
                + "applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      int current = 0;
      for (Migration m : load(dialect)) {
        String applied = appliedChecksum(c, m.version());
        if (applied != null) {
          if (!applied.equals(m.checksum())) {
            throw new IllegalStateException(
                "migration V" + m.version() + " changed after it was applied; add a new one");
          }
          current = m.version();
          continue;
        }
        try (Statement s = c.createStatement()) {
          for (String stmt : statements(m.sql())) {
            s.execute(stmt);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?, ?)")) {
          p.setInt(1, m.version());
          p.setString(2, m.description());
          p.setString(3, m.checksum());
          p.setTimestamp(4, Timestamp.from(Instant.now()));
          p.executeUpdate();
        }
        c.commit();
        current = m.version();
      }
      return current;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String appliedChecksum(Connection c, int version) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
      p.setInt(1, version);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The migrations of one engine, in version order. */
  public static List<Migration> load(Dialect dialect) {
    List<Migration> out = new ArrayList<>();
    int last = 0;
    for (String name : lines(read(dialect.migrationDir() + "/migrations.txt"))) {
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("bad migration name: " + name);
      }
      int v = Integer.parseInt(m.group(1));
      if (v <= last) {
        throw new IllegalStateException("migrations out of order at " + name);
      }
      last = v;
      String sql = read(dialect.migrationDir() + "/" + name);
      out.add(new Migration(v, m.group(2), sql, ContentHash.sha256(sql)));
    }
    return out;
  }

  /** Splits a script on semicolons that end a line; comment lines are dropped. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      int comment = line.indexOf("--");
      String code = comment >= 0 ? line.substring(0, comment) : line;
      cur.append(code).append('\n');
      if (code.strip().endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        StringBuilder sb = new StringBuilder();
        String l;
        while ((l = r.readLine()) != null) {
          sb.append(l).append('\n');
        }
        return sb.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
