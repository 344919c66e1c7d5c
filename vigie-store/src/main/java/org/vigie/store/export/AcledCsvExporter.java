package org.vigie.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Location;
import org.vigie.store.EventQuery;
import org.vigie.store.EventSource;
import org.vigie.store.EventStore;
import org.vigie.store.StoredEvent;

/**
 * CSV with ACLED's column names where Vigie has the field, then Vigie's own columns. Deviations
 * from ACLED: {@code iso} is the ISO 3166-1 alpha-2 code (ACLED uses the numeric one), {@code
 * admin2} and {@code source_scale} stay empty, {@code timestamp} is the latest publication day of
 * the sources (epoch seconds), {@code inter1}/{@code inter2} map Vigie actor types to ACLED's codes
 * (1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 7 civilians, 8
 * external/other) and are empty when no mapping exists.
 */
public final class AcledCsvExporter implements EventExporter {
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "country",
          "iso",
          "admin1",
          "admin2",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "timestamp",
          "vigie_type",
          "vigie_mode",
          "status",
          "claimed_by",
          "injured",
          "evidence_count",
          "confidence");

  @Override
  public long export(EventStore store, EventQuery query, Writer out) throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write("\n");
    AtomicLong n = new AtomicLong();
    try {
      store.stream(
          query,
          e -> {
            try {
              out.write(row(e));
              out.write("\n");
              n.incrementAndGet();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n.get();
  }

  static String row(StoredEvent se) {
    Event e = se.event();
    Location l = e.location();
    String date = e.date() == null ? null : e.date().start();
    EventActor a1 = e.actor("actor1");
    EventActor a2 = e.actor("actor2") != null ? e.actor("actor2") : e.actor("target");
    List<String> assoc = new ArrayList<>();
    for (EventActor a : e.actors() == null ? List.<EventActor>of() : e.actors()) {
      if ("associated".equals(a.role())) {
        assoc.add(a.name());
      }
    }
    String i1 = inter(a1);
    String i2 = inter(a2);
    TreeSet<String> outlets = new TreeSet<>();
    LocalDate latest = null;
    for (EventSource s : se.sources()) {
      if (s.outlet() != null) {
        outlets.add(s.outlet());
      }
      if (s.published() != null && (latest == null || s.published().isAfter(latest))) {
        latest = s.published();
      }
    }
    String notes = e.summary();
    if (notes == null && e.evidence() != null && !e.evidence().isEmpty()) {
      notes = e.evidence().get(0).text();
    }
    List<String> v = new ArrayList<>();
    v.add(e.id());
    v.add(date);
    v.add(date == null ? null : date.substring(0, 4));
    v.add(timePrecision(e));
    v.add(e.acled() == null ? null : e.acled().eventType());
    v.add(e.acled() == null ? null : e.acled().subEventType());
    v.add(a1 == null ? null : a1.name());
    v.add(String.join("; ", assoc));
    v.add(i1);
    v.add(a2 == null ? null : a2.name());
    v.add("");
    v.add(i2);
    v.add(i1.isEmpty() ? "" : i2.isEmpty() ? i1 + "0" : min(i1, i2) + max(i1, i2));
    v.add(
        l == null || l.country() == null
            ? null
            : new Locale("", l.country()).getDisplayCountry(Locale.ENGLISH));
    v.add(l == null ? null : l.country());
    v.add(l == null ? null : l.admin1());
    v.add("");
    v.add(l == null ? null : l.name());
    v.add(l == null || l.lat() == null ? null : String.format(Locale.ROOT, "%.4f", l.lat()));
    v.add(l == null || l.lon() == null ? null : String.format(Locale.ROOT, "%.4f", l.lon()));
    v.add(l == null ? null : Integer.toString(l.precision()));
    v.add(String.join("; ", outlets));
    v.add("");
    v.add(notes);
    v.add(Integer.toString(killed(e)));
    v.add(
        latest == null ? null : Long.toString(latest.atStartOfDay(ZoneOffset.UTC).toEpochSecond()));
    v.add(e.type());
    v.add(e.mode());
    v.add(e.attribution() == null ? null : e.attribution().status());
    v.add(
        e.attribution() == null || e.attribution().claimedBy() == null
            ? null
            : e.attribution().claimedBy().name());
    v.add(
        e.casualties() == null || e.casualties().injured() == null
            ? null
            : Integer.toString(e.casualties().injured().value()));
    v.add(Integer.toString(se.articleIds().size()));
    v.add(String.format(Locale.ROOT, "%.2f", e.confidence()));
    List<String> cells = new ArrayList<>();
    for (String s : v) {
      cells.add(cell(s));
    }
    return String.join(",", cells);
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) <= 0 ? b : a;
  }

  private static int killed(Event e) {
    return e.casualties() == null || e.casualties().killed() == null
        ? 0
        : e.casualties().killed().value();
  }

  private static String timePrecision(Event e) {
    if (e.date() == null || e.date().precision() == null) {
      return "3";
    }
    return switch (e.date().precision()) {
      case "day" -> "1";
      case "week" -> "2";
      default -> "3";
    };
  }

  static String inter(EventActor a) {
    if (a == null || a.type() == null) {
      return "";
    }
    String t = a.type().toLowerCase(Locale.ROOT);
    if (t.contains("state") && !t.contains("non-state")) {
      return "1";
    }
    if (t.contains("rebel") || t.contains("non-state")) {
      return "2";
    }
    if (t.contains("political militia")) {
      return "3";
    }
    if (t.contains("identity") || t.contains("communal")) {
      return "4";
    }
    if (t.contains("civilian")) {
      return "7";
    }
    return t.contains("external") ? "8" : "";
  }

  /** RFC 4180 quoting; formula-leading characters are neutralised against CSV injection. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
