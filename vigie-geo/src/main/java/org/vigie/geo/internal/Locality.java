package org.vigie.geo.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.geo.Place;
import org.vigie.geo.ResolvedPlace;

/**
 * The place an article is set in, from the places it names: its main country (the one most of its
 * places lie in, the first named on a tie), then in that country the town it names most often, a
 * town inside a first-level area the article names counting one more and the larger town winning a
 * tie ("Makurdi", named twice in a Benue State story, not "Abagana" named once); else the most
 * named second-level area, first-level area, else the country itself. A street, building or local
 * site the gazetteer does not hold ("Royal Street", "Alder Hey Children's Hospital") is most likely
 * there: local news names its town and then its streets.
 */
final class Locality {
  private Locality() {}

  static Optional<Place> of(List<ResolvedPlace> places) {
    return of(places, 0);
  }

  /**
   * The same when the main country holds at least this share of the article's places (a clear
   * setting), else empty.
   */
  static Optional<Place> of(List<ResolvedPlace> places, double minShare) {
    String country = mainCountry(places, minShare);
    if (country == null) {
      return Optional.empty();
    }
    Set<String> areas = new HashSet<>();
    for (ResolvedPlace r : places) {
      if (counts(r) && "ADM1".equals(r.place().featureCode())) {
        areas.add(r.place().country() + "." + r.place().admin1Code());
      }
    }
    for (int level = 0; level < 4; level++) {
      Map<String, Double> scores = new HashMap<>();
      Place best = null;
      double bestScore = 0;
      for (ResolvedPlace r : places) {
        Place p = r.place();
        if (level(p) != level || !counts(r) || !country.equals(p.country())) {
          continue;
        }
        double first =
            Math.log10(p.population() + 10.0) / 10
                + (level == 0 && areas.contains(p.country() + "." + p.admin1Code()) ? 1 : 0);
        double score = scores.merge(p.id(), first, (x, y) -> x + 1);
        if (score > bestScore) {
          best = p;
          bestScore = score;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /** A mention that names its place, or a part or surroundings of it (not a fallback area). */
  private static boolean counts(ResolvedPlace r) {
    return !"region".equals(r.relation());
  }

  private static String mainCountry(List<ResolvedPlace> places, double minShare) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    int bestCount = 0;
    for (ResolvedPlace r : places) {
      String cc = r.place().country();
      if (cc == null || cc.isEmpty() || !counts(r)) {
        continue;
      }
      int n = counts.merge(cc, 1, Integer::sum);
      if (n > bestCount) {
        best = cc;
        bestCount = n;
      }
    }
    int all = 0;
    for (int n : counts.values()) {
      all += n;
    }
    return bestCount >= minShare * all ? best : null;
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
