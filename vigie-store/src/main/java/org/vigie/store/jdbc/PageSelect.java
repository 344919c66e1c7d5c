package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.store.EventQuery;

/**
 * The rows {@code {id, sort_date, review}} of one page of a filtered list, in list order, plus one
 * more when there is a next page.
 *
 * <p>On DuckDB in two steps. First the date of the last row the page needs (the sort column alone,
 * {@code LIMIT 1 OFFSET limit}); then the page itself, bounded by that date. Both return what the
 * single sorted query would, but the top-N over {@code (sort_date, id)} reads the id strings of the
 * rows in the date bound only, rather than of every matching event, and the bound is a constant
 * that the scan checks against each row group's min/max (zone map) to skip it whole.
 */
final class PageSelect {
  private PageSelect() {}

  static List<String[]> rows(Connection c, Dialect dialect, EventQuery q) throws SQLException {
    Filters f = Filters.of(c, dialect, q);
    List<Object> params = new ArrayList<>(f.params());
    StringBuilder where = new StringBuilder(f.where());
    boolean desc = q.sort() == EventQuery.Sort.DATE_DESC;
    if (q.cursor() != null) {
      String[] cur = JdbcEventStore.decodeCursor(q.cursor());
      where.append(
          desc
              ? " AND (e.sort_date < ? OR (e.sort_date = ? AND e.id < ?))"
              : " AND (e.sort_date > ? OR (e.sort_date = ? AND e.id > ?))");
      LocalDate d = LocalDate.parse(cur[0]);
      params.add(d);
      params.add(d);
      params.add(cur[1]);
    }
    if (dialect == Dialect.DUCKDB) {
      LocalDate bound = lastDate(c, where.toString(), params, desc, q.limit());
      if (bound != null) {
        where.append(desc ? " AND e.sort_date >= ?" : " AND e.sort_date <= ?");
        params.add(bound);
      }
    }
    String sql =
        "SELECT e.id, e.sort_date, e.review FROM events e WHERE "
            + where
            + (desc ? " ORDER BY e.sort_date DESC, e.id DESC" : " ORDER BY e.sort_date, e.id")
            + " LIMIT ?";
    params.add(q.limit() + 1);
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new String[] {
                rs.getString(1), null, rs.getDate(2).toLocalDate().toString(), rs.getString(3)
              });
        }
      }
    }
    return out;
  }

  /** The sort date of the page's extra row (the one after the last), or null if there is none. */
  private static LocalDate lastDate(
      Connection c, String where, List<Object> params, boolean desc, int limit)
      throws SQLException {
    String sql =
        "SELECT e.sort_date FROM events e WHERE "
            + where
            + (desc ? " ORDER BY e.sort_date DESC" : " ORDER BY e.sort_date")
            + " LIMIT 1 OFFSET ?";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, params);
      Sql.bind(p, params.size() + 1, limit);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getDate(1).toLocalDate() : null;
      }
    }
  }
}
