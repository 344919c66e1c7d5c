package org.vigie.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vigie.store.BoundingBox;
import org.vigie.store.EventQuery;
import org.vigie.store.GroupBy;

/**
 * Turns the query string of the list and aggregation endpoints into an {@link EventQuery}, or a 400
 * that names the parameter and what it expects. Unknown parameters are refused too: a typo such as
 * {@code contry=ML} would otherwise silently return every event.
 */
final class EventQueryParser {

  static final Set<String> FILTERS =
      Set.of(
          "from",
          "to",
          "bbox",
          "country",
          "admin1",
          "actor",
          "type",
          "mode",
          "status",
          "scope",
          "q",
          "includeRejected");
  static final Set<String> LIST_PARAMS = union(FILTERS, Set.of("sort", "limit", "cursor", "view"));
  static final Set<String> AGGREGATE_PARAMS = union(FILTERS, Set.of("by", "cell"));

  private static final int MAX_TEXT = 200;
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,40}");
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=-]{1,400}");

  private EventQueryParser() {}

  static EventQuery list(Map<String, List<String>> params) {
    Params p = new Params(params, LIST_PARAMS);
    EventQuery.Builder b = filters(p);
    String sort = p.one("sort");
    if (sort != null) {
      b.sort(
          switch (sort.toLowerCase(Locale.ROOT)) {
            case "date_desc", "-date" -> EventQuery.Sort.DATE_DESC;
            case "date_asc", "date" -> EventQuery.Sort.DATE_ASC;
            default -> throw ApiException.badRequest("sort must be date_desc or date_asc: " + sort);
          });
    }
    String limit = p.one("limit");
    if (limit != null) {
      int n = p.integer("limit", limit);
      if (n < 1 || n > EventQuery.MAX_LIMIT) {
        throw ApiException.badRequest("limit must be between 1 and " + EventQuery.MAX_LIMIT);
      }
      b.limit(n);
    }
    String cursor = p.one("cursor");
    if (cursor != null) {
      if (!CURSOR.matcher(cursor).matches()) {
        throw ApiException.badRequest("cursor is not one this API gave out");
      }
      b.cursor(cursor);
    }
    String view = p.one("view");
    if (view != null && !view.equals("summary") && !view.equals("full")) {
      throw ApiException.badRequest("view must be summary or full: " + view);
    }
    return b.build();
  }

  /** {@code ?view=full} asks for whole events instead of the list summaries. */
  static boolean fullView(Map<String, List<String>> params) {
    List<String> v = params.get("view");
    return v != null && v.contains("full");
  }

  static EventQuery aggregateFilter(Map<String, List<String>> params) {
    return filters(new Params(params, AGGREGATE_PARAMS)).build();
  }

  static GroupBy groupBy(Map<String, List<String>> params) {
    Params p = new Params(params, AGGREGATE_PARAMS);
    String by = p.one("by");
    if (by == null) {
      throw ApiException.badRequest("by is required: day, week, cell, actor or type");
    }
    GroupBy g =
        switch (by.toLowerCase(Locale.ROOT)) {
          case "day" -> GroupBy.day();
          case "week" -> GroupBy.week();
          case "actor" -> GroupBy.actor();
          case "type" -> GroupBy.type();
          case "cell" -> GroupBy.cell(cellSize(p));
          default ->
              throw ApiException.badRequest("by must be day, week, cell, actor or type: " + by);
        };
    if (g.kind() != GroupBy.Kind.CELL && p.one("cell") != null) {
      throw ApiException.badRequest("cell only goes with by=cell");
    }
    return g;
  }

  private static double cellSize(Params p) {
    String cell = p.one("cell");
    if (cell == null) {
      return 1.0;
    }
    double d = p.number("cell", cell);
    // below ~1 km the cells stop meaning anything for geocoded news; above 90 they wrap
    if (!(d >= 0.01 && d <= 90)) {
      throw ApiException.badRequest("cell must be between 0.01 and 90 degrees: " + cell);
    }
    return d;
  }

  private static EventQuery.Builder filters(Params p) {
    EventQuery.Builder b = EventQuery.builder();
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("from " + from + " is after to " + to);
    }
    b.from(from).to(to);
    String bbox = p.one("bbox");
    if (bbox != null) {
      b.bbox(bbox(bbox));
    }
    String country = p.one("country");
    if (country != null) {
      if (!COUNTRY.matcher(country).matches()) {
        throw ApiException.badRequest("country must be an ISO 3166-1 alpha-2 code: " + country);
      }
      b.country(country.toUpperCase(Locale.ROOT));
    }
    b.admin1(p.text("admin1"));
    b.actor(p.text("actor"));
    b.type(p.code("type", true));
    b.mode(p.code("mode", false));
    b.status(p.code("status", false));
    b.scope(p.code("scope", false));
    b.text(p.text("q"));
    String rejected = p.one("includeRejected");
    if (rejected != null) {
      if (!rejected.equals("true") && !rejected.equals("false")) {
        throw ApiException.badRequest("includeRejected must be true or false");
      }
      b.includeRejected(Boolean.parseBoolean(rejected));
    }
    return b;
  }

  static BoundingBox bbox(String s) {
    String[] parts = s.split(",", -1);
    if (parts.length != 4) {
      throw ApiException.badRequest("bbox must be minLon,minLat,maxLon,maxLat: " + s);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("bbox must be four numbers: " + s);
      }
      if (!Double.isFinite(v[i])) {
        throw ApiException.badRequest("bbox must be four finite numbers: " + s);
      }
    }
    double minLon = v[0];
    double minLat = v[1];
    double maxLon = v[2];
    double maxLat = v[3];
    if (minLat < -90 || maxLat > 90 || minLat > maxLat) {
      throw ApiException.badRequest("bbox latitudes must be -90 ≤ minLat ≤ maxLat ≤ 90: " + s);
    }
    // a map panned round the world sends longitudes past ±180: clamp, the store does not wrap
    minLon = Math.max(-180, minLon);
    maxLon = Math.min(180, maxLon);
    if (minLon > maxLon) {
      throw ApiException.badRequest("bbox minLon is greater than maxLon: " + s);
    }
    return new BoundingBox(minLat, minLon, maxLat, maxLon);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  /** The query string, checked against the parameters an endpoint knows. */
  private static final class Params {
    private final Map<String, List<String>> params;

    Params(Map<String, List<String>> params, Set<String> allowed) {
      for (String name : params.keySet()) {
        // a trailing '&' yields an empty name: harmless, not a typo
        if (!name.isEmpty() && !allowed.contains(name)) {
          throw ApiException.badRequest(
              "unknown parameter '" + name + "'; this endpoint takes " + new TreeSet<>(allowed));
        }
      }
      this.params = params;
    }

    String one(String name) {
      List<String> v = params.get(name);
      if (v == null || v.isEmpty()) {
        return null;
      }
      if (v.size() > 1) {
        throw ApiException.badRequest(name + " is given more than once");
      }
      String s = v.get(0).strip();
      return s.isEmpty() ? null : s;
    }

    String text(String name) {
      String s = one(name);
      if (s != null && s.length() > MAX_TEXT) {
        throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
      }
      return s;
    }

    String code(String name, boolean upper) {
      String s = one(name);
      if (s == null) {
        return null;
      }
      if (!CODE.matcher(s).matches()) {
        throw ApiException.badRequest(name + " is not a valid code: " + s);
      }
      return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
    }

    LocalDate date(String name) {
      String s = one(name);
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest(name + " must be an ISO date YYYY-MM-DD: " + s);
      }
    }

    int integer(String name, String s) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest(name + " must be an integer: " + s);
      }
    }

    double number(String name, String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest(name + " must be a number: " + s);
      }
    }
  }
}
