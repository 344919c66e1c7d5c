package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Small JDBC helpers: placeholders and binding. Values are always bound, never spliced in. */
final class Sql {
  static final int CHUNK = 500;

  private Sql() {}

  /** {@code ?, ?, ?}: n placeholders for an IN list. */
  static String marks(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ", ?");
    }
    return sb.toString();
  }

  static <T> List<List<T>> chunks(Collection<T> all) {
    List<List<T>> out = new ArrayList<>();
    List<T> cur = new ArrayList<>();
    for (T t : all) {
      cur.add(t);
      if (cur.size() == CHUNK) {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /** Reads one row of a result. */
  interface RowSink {
    void row(java.sql.ResultSet rs) throws SQLException;
  }

  /** Above this many keys, DuckDB gets the whole list in one query (see {@link #selectIn}). */
  static final int LONG_LIST = 2000;

  /**
   * Runs {@code template}, whose {@code IN (%s)} takes the keys, for all {@code keys}. Normally in
   * chunks of bound parameters, which an index answers. On DuckDB a long list goes in one query, as
   * one newline-joined parameter split back into rows: a chunk matching more than 2048 rows is
   * answered by a scan of the table anyway, and one scan joined with all the keys replaces one scan
   * per chunk (the merge looks up tens of thousands of keys per batch on a large store).
   */
  static void selectIn(Connection c, String template, Collection<String> keys, RowSink sink)
      throws SQLException {
    if (keys.size() > LONG_LIST
        && c.isWrapperFor(DuckDBConnection.class)
        && keys.stream().noneMatch(k -> k.indexOf('\n') >= 0)) {
      String sql =
          String.format(java.util.Locale.ROOT, template, "SELECT unnest(string_split(?, chr(10)))");
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, String.join("\n", keys));
        try (java.sql.ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            sink.row(rs);
          }
        }
      }
      return;
    }
    for (List<String> chunk : chunks(keys)) {
      String sql = String.format(java.util.Locale.ROOT, template, marks(chunk.size()));
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, chunk);
        try (java.sql.ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            sink.row(rs);
          }
        }
      }
    }
  }

  static void bind(PreparedStatement p, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      bind(p, i + 1, params.get(i));
    }
  }

  static void bind(PreparedStatement p, int i, Object v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.VARCHAR);
    } else if (v instanceof LocalDate d) {
      p.setDate(i, Date.valueOf(d));
    } else if (v instanceof Integer n) {
      p.setInt(i, n);
    } else if (v instanceof Long n) {
      p.setLong(i, n);
    } else if (v instanceof Double d) {
      p.setDouble(i, d);
    } else if (v instanceof Boolean b) {
      p.setBoolean(i, b);
    } else if (v instanceof java.time.Instant t) {
      p.setTimestamp(i, java.sql.Timestamp.from(t));
    } else {
      p.setString(i, v.toString());
    }
  }

  static void setNullable(PreparedStatement p, int i, Object v, int sqlType) throws SQLException {
    if (v == null) {
      p.setNull(i, sqlType);
    } else {
      bind(p, i, v);
    }
  }

  /**
   * Inserts rows with multi-row {@code VALUES} statements of bound parameters: DuckDB runs a
   * batched prepared statement row by row, and one statement per few hundred rows is tens of times
   * faster there (and no slower on PostgreSQL). {@code suffix} may add e.g. {@code ON CONFLICT DO
   * NOTHING}.
   */
  static void insertRows(
      Connection c, String table, int columns, List<Object[]> rows, String suffix)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (suffix.isEmpty() && c.isWrapperFor(DuckDBConnection.class)) {
      append(c.unwrap(DuckDBConnection.class), table, rows);
      return;
    }
    int perStatement = Math.max(1, 2000 / columns);
    String one = "(" + marks(columns) + ")";
    String full = null;
    for (int from = 0; from < rows.size(); from += perStatement) {
      int to = Math.min(rows.size(), from + perStatement);
      int n = to - from;
      String sql;
      if (n == perStatement && full != null) {
        sql = full;
      } else {
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        for (int i = 0; i < n; i++) {
          sb.append(i == 0 ? "" : ", ").append(one);
        }
        sb.append(suffix);
        sql = sb.toString();
        if (n == perStatement) {
          full = sql;
        }
      }
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int k = 1;
        for (int r = from; r < to; r++) {
          for (Object v : rows.get(r)) {
            bindTyped(p, k++, v);
          }
        }
        p.executeUpdate();
      }
    }
  }

  /**
   * DuckDB's appender: rows go straight into the table's column store, inside the connection's open
   * transaction, without parsing a statement per row.
   */
  private static void append(DuckDBConnection c, String table, List<Object[]> rows)
      throws SQLException {
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (Object[] row : rows) {
        a.beginRow();
        for (Object v : row) {
          if (v == null || v instanceof Null) {
            a.appendNull();
          } else if (v instanceof String s) {
            a.append(s);
          } else if (v instanceof Integer n) {
            a.append(n.intValue());
          } else if (v instanceof Long n) {
            a.append(n.longValue());
          } else if (v instanceof Double d) {
            a.append(d.doubleValue());
          } else if (v instanceof Boolean b) {
            a.append(b.booleanValue());
          } else if (v instanceof LocalDate d) {
            a.append(d);
          } else if (v instanceof java.time.Instant t) {
            a.append(java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC));
          } else {
            a.append(v.toString());
          }
        }
        a.endRow();
      }
    }
  }

  /** Like {@link #bind} but a typed null for the column's type: see {@link Null}. */
  private static void bindTyped(PreparedStatement p, int i, Object v) throws SQLException {
    if (v instanceof Null n) {
      p.setNull(i, n.sqlType());
    } else {
      bind(p, i, v);
    }
  }

  /** A null of a given SQL type, for {@link #insertRows}. */
  record Null(int sqlType) {
    static final Null DATE = new Null(Types.DATE);
    static final Null DOUBLE = new Null(Types.DOUBLE);
    static final Null INTEGER = new Null(Types.INTEGER);
    static final Null VARCHAR = new Null(Types.VARCHAR);

    static Object or(Object v, Null n) {
      return v == null ? n : v;
    }
  }

  static int update(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      return p.executeUpdate();
    }
  }
}
