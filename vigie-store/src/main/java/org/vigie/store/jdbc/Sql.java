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

  static int update(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      return p.executeUpdate();
    }
  }
}
