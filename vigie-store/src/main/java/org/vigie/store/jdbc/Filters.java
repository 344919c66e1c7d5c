package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
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
    return of(q, q.text() == null ? List.of() : List.copyOf(SearchTerms.ofQuery(q.text())));
  }

  /** With the text query's terms ordered by the store ({@link SearchIndex#rarestFirst}). */
  static Filters of(Connection c, EventQuery q) throws SQLException {
    if (q.text() == null || q.text().isBlank()) {
      return of(q);
    }
    return of(q, SearchIndex.rarestFirst(c, SearchTerms.ofQuery(q.text())));
  }

  private static Filters of(EventQuery q, List<String> terms) {
    List<String> w = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (!q.includeRejected()) {
      w.add("e.review <> 'rejected'");
    }
    if (q.from() != null) {
      w.add("COALESCE(e.date_end, e.sort_date) >= ?");
      p.add(q.from());
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
      w.add(SearchIndex.condition(terms, p));
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
