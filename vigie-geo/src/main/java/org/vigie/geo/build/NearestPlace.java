package org.vigie.geo.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the populated place nearest a point on a one-degree grid, to give airports and ports the
 * admin area and country of the town they serve.
 */
final class NearestPlace {
  private final Map<Long, List<GazetteerEntry>> cells = new HashMap<>();

  NearestPlace(Collection<GazetteerEntry> places) {
    for (GazetteerEntry p : places) {
      if ("P".equals(p.featureClass())) {
        cells.computeIfAbsent(cell(p.lat(), p.lon()), k -> new ArrayList<>()).add(p);
      }
    }
  }

  private static long cell(double lat, double lon) {
    return ((long) Math.floor(lat) + 90) * 1000 + ((long) Math.floor(lon) + 180);
  }

  /** Nearest place in the country (any country when null) within about one degree. */
  GazetteerEntry find(double lat, double lon, String country) {
    GazetteerEntry best = null;
    double bestKm = Double.MAX_VALUE;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        List<GazetteerEntry> l = cells.get(cell(lat + dy, lon + dx));
        if (l == null) {
          continue;
        }
        for (GazetteerEntry p : l) {
          if (country != null && !country.isEmpty() && !country.equals(p.country())) {
            continue;
          }
          double d = km(lat, lon, p.lat(), p.lon());
          if (d < bestKm) {
            bestKm = d;
            best = p;
          }
        }
      }
    }
    return best;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = Math.PI / 180;
    double dLat = (lat2 - lat1) * r;
    double dLon = (lon2 - lon1) * r;
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
