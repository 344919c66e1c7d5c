package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.store.BoundingBox;
import org.vigie.store.EventQuery;

/**
 * The WHERE clause of an event query over {@code events e}: fixed SQL fragments, every user value a
 * bound parameter.
 */
record Filters(String where, List<Object> params) {

  static Filters of(EventQuery q) {
    return of(
        q,
        q.text() == null ? List.of() : SearchIndex.Word.of(SearchTerms.ofQuery(q.text())),
        null,
        false);
  }

  /**
   * As the store runs it: on DuckDB, the text query's terms ordered by the index ({@link
   * SearchIndex#resolve}) and a date range also bounded on {@code sort_date}.
   */
  static Filters of(Connection c, Dialect dialect, EventQuery q) throws SQLException {
    List<SearchIndex.Word> words =
        q.text() == null || q.text().isBlank()
            ? List.of()
            : dialect == Dialect.DUCKDB
                ? SearchIndex.resolve(c, SearchTerms.ofQuery(q.text()))
                // PostgreSQL plans by its statistics
                : SearchIndex.Word.of(SearchTerms.ofQuery(q.text()));
    Integer span = q.from() != null && dialect == Dialect.DUCKDB ? longestSpan(c) : null;
    return of(q, words, span, dialect == Dialect.DUCKDB);
  }

  /**
   * The longest event in days (end minus start). An event overlapping {@code [from, …]} ends on or
   * after {@code from}, so it starts on or after {@code from - span}: the same rows, but a bound on
   * the column the DuckDB tables are ordered by, which the scan checks against each row group's
   * min/max and skips the row groups before it (the end-date condition alone reads them all).
   */
  private static int longestSpan(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(date_end - sort_date) FROM events")) {
      return rs.next() ? Math.max(0, rs.getInt(1)) : 0;
    }
  }

  private static Filters of(
      EventQuery q, List<SearchIndex.Word> words, Integer span, boolean ranges) {
    List<String> w = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (!q.includeRejected()) {
      w.add("e.review <> 'rejected'");
    }
    if (q.from() != null) {
      w.add("COALESCE(e.date_end, e.sort_date) >= ?");
      p.add(q.from());
      if (span != null) {
        w.add("e.sort_date >= ?");
        p.add(q.from().minusDays(span));
      }
    }
    if (q.to() != null) {
      w.add("e.sort_date <= ?");
      p.add(q.to());
    }
    BoundingBox b = q.bbox();
    if (b != null) {
      w.add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?");
      p.add(b.minLat());
      p.add(b.maxLat());
      p.add(b.minLon());
      p.add(b.maxLon());
    }
    eq(w, p, "e.country", q.country() == null ? null : q.country().toUpperCase(Locale.ROOT));
    eq(w, p, "e.admin1", q.admin1());
    eq(w, p, "e.type", q.type());
    eq(w, p, "e.mode", q.mode());
    eq(w, p, "e.status", q.status());
    eq(w, p, "e.scope", q.scope());
    if (q.actor() != null && !q.actor().isBlank()) {
      w.add("(e.actor_ids LIKE ? ESCAPE '\\' OR e.actor_names LIKE ? ESCAPE '\\')");
      p.add("%|" + escape(q.actor()) + "|%");
      p.add("%|" + escape(q.actor().toLowerCase(Locale.ROOT)) + "|%");
    }
    if (q.text() != null && !q.text().isBlank()) {
      // no word at all (punctuation only) finds nothing; words every event holds were left out
      w.add(
          SearchTerms.ofQuery(q.text()).isEmpty()
              ? "FALSE"
              : SearchIndex.condition(words, p, ranges));
    }
    if (w.isEmpty()) {
      w.add("TRUE");
    }
    return new Filters(String.join(" AND ", w), List.copyOf(p));
  }

  private static void eq(List<String> w, List<Object> p, String column, String value) {
    if (value != null && !value.isBlank()) {
      w.add(column + " = ?");
      p.add(value);
    }
  }

  /** LIKE wildcards in user text match themselves. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
