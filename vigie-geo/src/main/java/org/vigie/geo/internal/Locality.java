package org.vigie.geo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.geo.Place;
import org.vigie.geo.ResolvedPlace;

/**
 * The place an article is set in, from the places it names: its main country (the one most of its
 * places lie in, the first named on a tie), then in that country the town it names most often (the
 * one that reached the count first on a tie), else the most named second-level area, first-level
 * area, else the country itself. A street, building or local site the gazetteer does not hold
 * ("Royal Street", "Alder Hey Children's Hospital") is most likely there: local news names its town
 * and then its streets. A stray reading abroad ("Bassett" read as a town) does not outvote them.
 */
final class Locality {
  private Locality() {}

  static Optional<Place> of(List<ResolvedPlace> places) {
    String country = mainCountry(places);
    if (country == null) {
      return Optional.empty();
    }
    for (int level = 0; level < 4; level++) {
      Map<String, Integer> counts = new HashMap<>();
      Place best = null;
      int bestCount = 0;
      for (ResolvedPlace r : places) {
        Place p = r.place();
        if (level(p) != level || !"named".equals(r.basis()) || !country.equals(p.country())) {
          continue;
        }
        int n = counts.merge(p.id(), 1, Integer::sum);
        if (n > bestCount) {
          best = p;
          bestCount = n;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  private static String mainCountry(List<ResolvedPlace> places) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    int bestCount = 0;
    for (ResolvedPlace r : places) {
      String cc = r.place().country();
      if (cc == null || cc.isEmpty() || !"named".equals(r.basis())) {
        continue;
      }
      int n = counts.merge(cc, 1, Integer::sum);
      if (n > bestCount) {
        best = cc;
        bestCount = n;
      }
    }
    return best;
  }

  /** 0 a town, 1 a second-level area, 2 a first-level area, 3 a country; -1 anything else. */
  private static int level(Place p) {
    if (p.isCountry()) {
      return 3;
    }
    String code = p.featureCode() == null ? "" : p.featureCode();
    if ("P".equals(p.featureClass())) {
      return 0;
    }
    return switch (code) {
      case "ADM2" -> 1;
      case "ADM1" -> 2;
      default -> -1;
    };
  }
}
