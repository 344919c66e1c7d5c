package org.vigie.store.merge;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Location;

/**
 * How likely two mentions tell the same event, in [0, 1]. Hard limits first (type, two days apart,
 * 60 km apart, different countries, two events of one article), then a weighted sum over place,
 * date, actors, mode and casualties. Actor ids are canonical across languages, so the score does
 * not depend on the language of either report.
 */
public final class MatchScorer {
  /** Pairs scoring at least this are the same event. */
  public static final double THRESHOLD = 0.6;

  private static final double W_PLACE = 0.30;
  private static final double W_DATE = 0.25;
  private static final double W_ACTORS = 0.20;
  private static final double W_MODE = 0.15;
  private static final double W_CASUALTIES = 0.10;

  public double score(Mention a, Mention b) {
    if (a.articleId().equals(b.articleId())) {
      return 0; // the extractor already merged what one article says twice
    }
    Event x = a.event();
    Event y = b.event();
    if (!Objects.equals(x.type(), y.type())) {
      return 0;
    }
    double date = date(a, b);
    double place = place(x.location(), y.location());
    if (date <= 0 || place <= 0) {
      return 0;
    }
    double actors = actors(x, y);
    if (actors <= 0) {
      return 0;
    }
    return W_PLACE * place
        + W_DATE * date
        + W_ACTORS * actors
        + W_MODE * mode(x.mode(), y.mode())
        + W_CASUALTIES * casualties(x, y);
  }

  static double date(Mention a, Mention b) {
    DateWindow wa = DateWindow.of(a);
    DateWindow wb = DateWindow.of(b);
    if (wa == null || wb == null) {
      return 0.3;
    }
    long gap = wa.gapDays(wb);
    if (gap == 0) {
      return wa.coarse() || wb.coarse() ? 0.7 : 1.0;
    }
    return gap == 1 ? 0.5 : 0;
  }

  static double place(Location a, Location b) {
    if (a == null || b == null) {
      return 0.3;
    }
    if (a.country() != null && b.country() != null && !a.country().equalsIgnoreCase(b.country())) {
      return 0;
    }
    boolean precise = a.lat() != null && b.lat() != null && a.precision() < 3 && b.precision() < 3;
    if (!precise) {
      boolean sameAdmin = a.admin1() != null && a.admin1().equals(b.admin1());
      return sameAdmin ? 0.6 : 0.45;
    }
    if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) {
      return 1.0;
    }
    double km = kilometres(a.lat(), a.lon(), b.lat(), b.lon());
    if (km <= 5) {
      return 1.0;
    }
    if (km <= 25) {
      return 0.8;
    }
    return km <= 60 ? 0.4 : 0;
  }

  static double actors(Event a, Event b) {
    Set<String> ia = actorIds(a);
    Set<String> ib = actorIds(b);
    if (ia.isEmpty() || ib.isEmpty()) {
      return 0.5;
    }
    Set<String> common = new TreeSet<>(ia);
    common.retainAll(ib);
    EventActor a1 = a.actor("actor1");
    EventActor b1 = b.actor("actor1");
    if (common.isEmpty()
        && a1 != null
        && b1 != null
        && a1.id() != null
        && b1.id() != null
        && !a1.id().equals(b1.id())) {
      return 0; // two different perpetrators and nobody in common: two events
    }
    Set<String> union = new TreeSet<>(ia);
    union.addAll(ib);
    return 0.3 + 0.7 * common.size() / union.size();
  }

  private static Set<String> actorIds(Event e) {
    Set<String> ids = new TreeSet<>();
    if (e.actors() != null) {
      for (EventActor a : e.actors()) {
        String k = a.id() != null ? a.id() : a.name();
        if (k != null) {
          ids.add(k.toLowerCase(Locale.ROOT));
        }
      }
    }
    return ids;
  }

  static double mode(String a, String b) {
    if (a == null || b == null) {
      return 0.5;
    }
    if (a.equals(b)) {
      return 1;
    }
    return group(a).equals(group(b)) ? 0.7 : 0.1;
  }

  /** Modes that reports of one event use interchangeably ("drone strike" / "air strike"). */
  private static String group(String mode) {
    switch (mode) {
      case "drone":
      case "aerial":
      case "missile":
        return "air";
      case "shelling":
      case "explosives":
        return "blast";
      default:
        return mode;
    }
  }

  static double casualties(Event a, Event b) {
    Count ka = a.casualties() == null ? null : a.casualties().killed();
    Count kb = b.casualties() == null ? null : b.casualties().killed();
    if (ka == null || kb == null) {
      return 0.6;
    }
    int lo = Math.min(ka.value(), kb.value());
    int hi = Math.max(ka.value(), kb.value());
    boolean rangesMeet = Math.max(ka.min(), kb.min()) <= Math.min(ka.max(), kb.max());
    if (rangesMeet || hi - lo <= 5 || hi <= 2 * lo) {
      return 1;
    }
    return hi <= 4 * lo ? 0.5 : 0.1;
  }

  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371.0;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
