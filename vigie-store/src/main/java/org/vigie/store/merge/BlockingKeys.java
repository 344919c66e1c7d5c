package org.vigie.store.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.Location;

/**
 * Blocking: two mentions are compared only when they share a block key. A key is {@code
 * type|window|cell}: the event type, a 3-day window of the event date, and a 0.5° place cell — or
 * the country, for mentions located only to a country (precision 3 or no coordinates).
 *
 * <p>Each mention has its own keys ({@link #own}) and probes the neighbouring keys ({@link
 * #probe}): the 3×3 cells around it in the windows before and after, and its country key, so that a
 * precise report meets a country-level one. A candidate pair is one where either side's probe keys
 * meet the other's own keys; a Spark job emits (own key → mention) and (probe key → mention) and
 * joins them.
 */
public final class BlockingKeys {
  public static final double CELL_DEGREES = 0.5;
  public static final int WINDOW_DAYS = 3;

  private BlockingKeys() {}

  /** True when the mention is placed only at country level: it is blocked by country. */
  public static boolean countryLevel(Mention m) {
    Location l = m.event().location();
    return l == null || l.lat() == null || l.lon() == null || l.precision() >= 3;
  }

  public static List<String> own(Mention m) {
    DateWindow w = DateWindow.of(m);
    long win = w == null ? Long.MIN_VALUE : Math.floorDiv(w.start().toEpochDay(), WINDOW_DAYS);
    String type = type(m);
    Location l = m.event().location();
    if (countryLevel(m)) {
      return List.of(key(type, win, "cc:" + country(l)));
    }
    return List.of(key(type, win, cell(l.lat(), l.lon())));
  }

  /** The keys this mention probes; includes its own keys. */
  public static List<String> probe(Mention m) {
    DateWindow w = DateWindow.of(m);
    String type = type(m);
    Location l = m.event().location();
    Set<String> keys = new LinkedHashSet<>();
    List<Long> windows = new ArrayList<>();
    if (w == null) {
      windows.add(Long.MIN_VALUE);
    } else {
      long first = Math.floorDiv(w.start().toEpochDay(), WINDOW_DAYS) - 1;
      long last = Math.floorDiv(w.end().toEpochDay(), WINDOW_DAYS) + 1;
      // a month-long range would probe ten windows: cap it, coarse dates match poorly anyway
      last = Math.min(last, first + 12);
      for (long x = first; x <= last; x++) {
        windows.add(x);
      }
    }
    for (long win : windows) {
      keys.add(key(type, win, "cc:" + country(l)));
      if (!countryLevel(m)) {
        long cy = cellIndex(l.lat());
        long cx = cellIndex(l.lon());
        for (long dy = -1; dy <= 1; dy++) {
          for (long dx = -1; dx <= 1; dx++) {
            keys.add(key(type, win, "g:" + (cy + dy) + ":" + (cx + dx)));
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  /**
   * The country keys under which a precise mention must be found by country-level ones: what {@link
   * #probe} of a country-level mention meets. Stores keep these beside {@link #own} so that
   * candidate search is one indexed lookup in both directions.
   */
  public static List<String> countryProbeTargets(Mention m) {
    if (countryLevel(m)) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (String k : probe(m)) {
      if (k.contains("|cc:")) {
        keys.add(k);
      }
    }
    return keys;
  }

  /** The place cell of a point at this module's grid. */
  public static String cell(double lat, double lon) {
    return "g:" + cellIndex(lat) + ":" + cellIndex(lon);
  }

  private static long cellIndex(double deg) {
    return (long) Math.floor(deg / CELL_DEGREES);
  }

  private static String country(Location l) {
    return l == null || l.country() == null ? "??" : l.country().toUpperCase(Locale.ROOT);
  }

  private static String type(Mention m) {
    return m.event().type() == null ? "?" : m.event().type();
  }

  private static String key(String type, long window, String place) {
    return type + "|" + window + "|" + place;
  }
}
