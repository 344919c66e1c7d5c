package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.store.Bucket;

/**
 * Timeline and actor counts. The engine groups by plain columns (the day; the actor list of each
 * event) and Java folds the groups into weeks or single actors: a date cast to text or a week
 * computed for each of a million rows, or a join of every matching event with its actors, cost
 * several times the scan itself.
 */
final class Aggregations {
  static final int MAX_ACTORS = 1000;

  private Aggregations() {}

  /** Counts by day, or by ISO week (key: its Monday), in date order. */
  static List<Bucket> byDate(Connection c, Filters f, boolean weeks) throws SQLException {
    String sql =
        "SELECT e.sort_date, COUNT(*), SUM(COALESCE(e.killed, 0)) FROM events e"
            + " WHERE e.date_start IS NOT NULL AND "
            + f.where()
            + " GROUP BY e.sort_date";
    TreeMap<LocalDate, long[]> acc = new TreeMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, f.params());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          LocalDate d = rs.getDate(1).toLocalDate();
          LocalDate key = weeks ? d.minusDays(d.getDayOfWeek().getValue() - 1L) : d;
          long[] a = acc.computeIfAbsent(key, k -> new long[2]);
          a[0] += rs.getLong(2);
          a[1] += rs.getLong(3);
        }
      }
    }
    List<Bucket> out = new ArrayList<>(acc.size());
    acc.forEach((d, a) -> out.add(new Bucket(d.toString(), null, a[0], a[1], null, null)));
    return out;
  }

  /**
   * Counts by actor (id, or lower-cased name when unregistered), most frequent first, at most
   * {@link #MAX_ACTORS}: grouped by each event's actor list ({@code |a|b|}, one key per actor as in
   * event_actors), split here. Each actor's label is the name it has in one of the events counted
   * (looked up by event id, an index lookup), not a scan of every actor row.
   */
  static List<Bucket> byActor(Connection c, Filters f) throws SQLException {
    String sql =
        "SELECT e.actor_ids, COUNT(*), SUM(COALESCE(e.killed, 0)), MIN(e.id) FROM events e WHERE "
            + f.where()
            + " GROUP BY e.actor_ids";
    Map<String, long[]> acc = new HashMap<>();
    Map<String, String> someEvent = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, f.params());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String ids = rs.getString(1);
          if (ids == null) {
            continue;
          }
          for (String id : ids.split("\\|")) {
            if (!id.isEmpty()) {
              long[] a = acc.computeIfAbsent(id, k -> new long[2]);
              a[0] += rs.getLong(2);
              a[1] += rs.getLong(3);
              someEvent.merge(id, rs.getString(4), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
          }
        }
      }
    }
    List<Map.Entry<String, long[]>> top = new ArrayList<>(acc.entrySet());
    top.sort(
        Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    if (top.size() > MAX_ACTORS) {
      top = top.subList(0, MAX_ACTORS);
    }
    Map<String, String> names = names(c, top.stream().map(e -> someEvent.get(e.getKey())).toList());
    List<Bucket> out = new ArrayList<>(top.size());
    for (Map.Entry<String, long[]> e : top) {
      long[] a = e.getValue();
      String label = names.get(someEvent.get(e.getKey()) + "|" + e.getKey());
      out.add(new Bucket(e.getKey(), label, a[0], a[1], null, null));
    }
    return out;
  }

  /** Counts by event type, most frequent first. */
  static List<Bucket> byType(Connection c, Filters f) throws SQLException {
    String sql =
        "SELECT COALESCE(e.type, '?'), COUNT(*), SUM(COALESCE(e.killed, 0)) FROM events e WHERE "
            + f.where()
            + " GROUP BY 1 ORDER BY 2 DESC, 1";
    List<Bucket> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, f.params());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Bucket(rs.getString(1), null, rs.getLong(2), rs.getLong(3), null, null));
        }
      }
    }
    return out;
  }

  /** Counts by place cell of {@code degrees} (key: its south-west corner), south to north. */
  static List<Bucket> byCell(Connection c, Filters f, double degrees) throws SQLException {
    String sql =
        "SELECT CAST(FLOOR(e.lat / CAST(? AS DOUBLE PRECISION)) AS BIGINT),"
            + " CAST(FLOOR(e.lon / CAST(? AS DOUBLE PRECISION)) AS BIGINT), COUNT(*),"
            + " SUM(COALESCE(e.killed, 0)) FROM events e"
            + " WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND "
            + f.where()
            + " GROUP BY 1, 2 ORDER BY 1, 2";
    List<Object> params = new ArrayList<>();
    params.add(degrees);
    params.add(degrees);
    params.addAll(f.params());
    List<Bucket> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          double lat = rs.getLong(1) * degrees;
          double lon = rs.getLong(2) * degrees;
          out.add(
              new Bucket(
                  lat + "," + lon,
                  null,
                  rs.getLong(3),
                  rs.getLong(4),
                  lat + degrees / 2,
                  lon + degrees / 2));
        }
      }
    }
    return out;
  }

  /** Actor names by {@code eventId|actorId}, for some events. */
  private static Map<String, String> names(Connection c, List<String> eventIds)
      throws SQLException {
    Map<String, String> out = new HashMap<>();
    for (List<String> chunk : Sql.chunks(new java.util.TreeSet<>(eventIds))) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT event_id, actor_id, name FROM event_actors WHERE event_id IN ("
                  + Sql.marks(chunk.size())
                  + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
          }
        }
      }
    }
    return out;
  }
}
