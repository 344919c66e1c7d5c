package org.vigie.eval.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.eval.gold.GoldValue;
import org.vigie.model.Count;
import org.vigie.model.Event;

/**
 * The per-field rules of SCORING.md §4 and the windows of §2. Every rule returns {@code null} when
 * the gold does not score that field (absent key, or a null that says nothing), else whether the
 * prediction is right.
 */
public final class FieldRules {
  static final Set<String> ACTOR1_ROLES = Set.of("actor1");
  static final Set<String> ACTOR2_ROLES = Set.of("actor2", "target");

  /** Days between the predicted range and an acceptable day for the date window. */
  static final int DATE_WINDOW_DAYS = 3;

  /** Floor of the place window in km: max(4 × tol_km, 150). */
  static final double PLACE_WINDOW_MIN_KM = 150;

  private FieldRules() {}

  /** All fields of one pair; fields the gold does not score are left out. */
  public static Map<Field, Boolean> all(GoldEvent g, Event p) {
    Map<Field, Boolean> out = new EnumMap<>(Field.class);
    Boolean[] actors = actors(g, p);
    put(out, Field.TYPE, type(g, p));
    put(out, Field.MODE, mode(g, p));
    put(out, Field.ACTOR1, actors[0]);
    put(out, Field.ACTOR2, actors[1]);
    put(out, Field.DATE, date(g, p));
    put(out, Field.PLACE, place(g, p));
    put(out, Field.COUNTRY, country(g, p));
    put(out, Field.KILLED, count(g.killed(), g.killedAccept(), PredictedEvents.killed(p)));
    put(out, Field.INJURED, count(g.injured(), g.injuredAccept(), PredictedEvents.injured(p)));
    put(out, Field.CLAIMED, claimed(g, p));
    return out;
  }

  private static void put(Map<Field, Boolean> out, Field f, Boolean v) {
    if (v != null) {
      out.put(f, v);
    }
  }

  /** Equal PLOVER type, case-insensitive, or one of {@code type_accept}. */
  public static Boolean type(GoldEvent g, Event p) {
    if (g.type() == null) {
      return null;
    }
    String t = p.type();
    if (t == null) {
      return false;
    }
    if (t.trim().equalsIgnoreCase(g.type())) {
      return true;
    }
    return g.typeAccept().stream().anyMatch(a -> a.equalsIgnoreCase(t.trim()));
  }

  /** Equal after folding the synonym groups, or one of {@code mode_accept}. */
  public static Boolean mode(GoldEvent g, Event p) {
    if (g.mode() == null) {
      return null;
    }
    String m = ModeFolding.fold(p.mode());
    if (m == null) {
      return false;
    }
    if (m.equals(ModeFolding.fold(g.mode()))) {
      return true;
    }
    return g.modeAccept().stream().anyMatch(a -> m.equals(ModeFolding.fold(a)));
  }

  public static Boolean actor1(GoldEvent g, Event p) {
    return actors(g, p)[0];
  }

  public static Boolean actor2(GoldEvent g, Event p) {
    return actors(g, p)[1];
  }

  /**
   * actor1 and actor2 together, because a two-sided gold lets the prediction swap them: the
   * orientation with more right answers is taken (the gold's own order on a tie), so one predicted
   * actor cannot be counted right on both sides.
   */
  static Boolean[] actors(GoldEvent g, Event p) {
    List<String> gold1 = names(g.actor1(), g.actor1Alt());
    List<String> gold2 = names(g.actor2(), g.actor2Alt());
    List<String> pred1 = PredictedEvents.actorTexts(p, ACTOR1_ROLES);
    List<String> pred2 = PredictedEvents.actorTexts(p, ACTOR2_ROLES);
    Boolean a1 = g.actor1() == null ? null : ActorTokens.anyMatches(pred1, gold1);
    Boolean a2 = g.actor2() == null ? null : ActorTokens.anyMatches(pred2, gold2);
    if (g.twoSided()) {
      // swapped reading: gold actor1 is answered by the predicted actor2/target, gold actor2 by
      // the predicted actor1
      Boolean s1 = g.actor1() == null ? null : ActorTokens.anyMatches(pred2, gold1);
      Boolean s2 = g.actor2() == null ? null : ActorTokens.anyMatches(pred1, gold2);
      if (count(s1) + count(s2) > count(a1) + count(a2)) {
        return new Boolean[] {s1, s2};
      }
    }
    return new Boolean[] {a1, a2};
  }

  private static int count(Boolean b) {
    return Boolean.TRUE.equals(b) ? 1 : 0;
  }

  private static List<String> names(String main, List<String> alt) {
    List<String> out = new ArrayList<>();
    if (main != null) {
      out.add(main);
    }
    out.addAll(alt);
    return out;
  }

  /** Exact when {@code date.start} and {@code date.end} are both among the acceptable days. */
  public static Boolean date(GoldEvent g, Event p) {
    if (!g.hasDates()) {
      return null;
    }
    LocalDate[] d = PredictedEvents.days(p);
    return d != null && g.dates().contains(d[0]) && g.dates().contains(d[1]);
  }

  /** Distance between predicted and gold coordinates within {@code tol_km}. */
  public static Boolean place(GoldEvent g, Event p) {
    if (!g.hasCoordinates() || g.tolKm() == null) {
      return null;
    }
    Double d = distanceKm(g, p);
    return d != null && d <= g.tolKm();
  }

  /** Equal ISO alpha-2 codes, or one of {@code country_accept}. */
  public static Boolean country(GoldEvent g, Event p) {
    if (g.country() == null) {
      return null;
    }
    String c = p.location() == null ? null : p.location().country();
    if (c == null) {
      return false;
    }
    return c.trim().equalsIgnoreCase(g.country())
        || g.countryAccept().stream().anyMatch(a -> a.equalsIgnoreCase(c.trim()));
  }

  /** Gold null ⇒ no predicted count; gold n ⇒ predicted value n or one of the accepted figures. */
  static Boolean count(GoldValue<Integer> gold, List<Integer> accept, Count predicted) {
    if (!gold.present()) {
      return null;
    }
    if (gold.isNull()) {
      return predicted == null;
    }
    return predicted != null
        && (predicted.value() == gold.value() || accept.contains(predicted.value()));
  }

  public static Boolean killed(GoldEvent g, Event p) {
    return count(g.killed(), g.killedAccept(), PredictedEvents.killed(p));
  }

  public static Boolean injured(GoldEvent g, Event p) {
    return count(g.injured(), g.injuredAccept(), PredictedEvents.injured(p));
  }

  /**
   * Gold true ⇔ the prediction claims (claimedBy set, or status claimed). A gold null (news-dev:
   * "the text says nothing about it") is scored like false: a claim the text does not make is
   * wrong.
   */
  public static Boolean claimed(GoldEvent g, Event p) {
    if (!g.claimed().present()) {
      return null;
    }
    boolean gold = Boolean.TRUE.equals(g.claimed().value());
    return gold == PredictedEvents.claimed(p);
  }

  /** Distance in km between the coordinates of both, or null when either lacks them. */
  public static Double distanceKm(GoldEvent g, Event p) {
    if (!g.hasCoordinates() || !PredictedEvents.hasCoordinates(p)) {
      return null;
    }
    return Haversine.km(g.lat(), g.lon(), p.location().lat(), p.location().lon());
  }

  /**
   * §2 date window: the nearest day of the predicted range within 3 days of one acceptable day;
   * holds when either side has no date.
   */
  public static boolean dateCompatible(GoldEvent g, Event p) {
    LocalDate[] d = PredictedEvents.days(p);
    if (!g.hasDates() || d == null) {
      return true;
    }
    for (LocalDate day : g.dates()) {
      long gap;
      if (day.isBefore(d[0])) {
        gap = ChronoUnit.DAYS.between(day, d[0]);
      } else if (day.isAfter(d[1])) {
        gap = ChronoUnit.DAYS.between(d[1], day);
      } else {
        gap = 0;
      }
      if (gap <= DATE_WINDOW_DAYS) {
        return true;
      }
    }
    return false;
  }

  /**
   * §2 place window. The rule's three clauses overlap when neither side has coordinates; we read
   * "if g has no coordinates, this holds" first, because without gold coordinates there is no place
   * to be near, and the actor1 condition is there to stop an unplaced prediction from matching a
   * placed gold event by date alone. A prediction "has no location" when it has no coordinates (a
   * country-only location cannot be compared to a point either).
   */
  public static boolean placeCompatible(GoldEvent g, Event p) {
    if (!g.hasCoordinates()) {
      return true;
    }
    Double d = distanceKm(g, p);
    if (d == null) {
      return Boolean.TRUE.equals(actor1(g, p));
    }
    double tol = g.tolKm() == null ? 0 : g.tolKm();
    return d <= Math.max(4 * tol, PLACE_WINDOW_MIN_KM);
  }

  public static boolean compatible(GoldEvent g, Event p) {
    return dateCompatible(g, p) && placeCompatible(g, p);
  }

  /** §2 pair score: 2·place + 2·date + actor1 + type + mode, each 0 when unscored. */
  public static int pairScore(GoldEvent g, Event p) {
    return 2 * one(place(g, p))
        + 2 * one(date(g, p))
        + one(actor1(g, p))
        + one(type(g, p))
        + one(mode(g, p));
  }

  private static int one(Boolean b) {
    return Boolean.TRUE.equals(b) ? 1 : 0;
  }
}
