package org.vigie.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.geo.ResolvedPlace;

/**
 * Merges the mentions of one article that tell the same event: a headline, the lead and a quoted
 * statement about one strike become one record. Mentions are read in text order; a mention with no
 * anchor of its own (no day, no precise place, no figure) joins the latest compatible event, "the
 * attack"-style; an anchored one joins an event it agrees with on type, day, place and perpetrator,
 * unless the text marks it as another one ("trois autres cibles"). Relative dates ("un jour après
 * que…") and "in the same area" resolve against the event before.
 */
public final class MentionMerger {
  private static final double SAME_PLACE_KM = 30;

  private MentionMerger() {}

  public static List<Draft> merge(List<Draft> mentions, LocalDate anchor) {
    return merge(mentions, anchor, List.of(), null);
  }

  /**
   * @param narrative the days the text states, in text order ({@code [token, epochDay]}): an
   *     undated mention happened on the last day told before it ("On 3 May … The attackers fled.")
   */
  public static List<Draft> merge(
      List<Draft> mentions,
      LocalDate anchor,
      List<long[]> narrative,
      org.vigie.geo.ResolvedPlace leadPlace) {
    List<Draft> events = new ArrayList<>();
    for (Draft d : mentions) {
      if (d.start == null && !d.relativeToEvent && "discrete".equals(d.scope)) {
        long[] told = null;
        for (long[] n : narrative) {
          if (n[0] < d.triggerFrom) {
            told = n;
          }
        }
        if (told != null) {
          d.start = LocalDate.ofEpochDay(told[1]);
          d.end = d.start;
          d.datePrecision = "day";
          d.dateBasis = "inherited";
          d.inheritedDate = true;
        }
      }
      if (d.relativeToEvent) {
        Draft base = lastDated(events);
        if (base != null) {
          d.start = base.start.plusDays(d.relativeDays);
          d.end = d.start;
          d.datePrecision = "day";
          d.dateBasis = "relative";
        } else if (anchor != null) {
          d.start = anchor.plusDays(d.relativeDays);
          d.end = d.start;
          d.datePrecision = "day";
          d.dateBasis = "relative";
        }
      }
      if (d.samePlace && d.place == null) {
        Draft base = lastPlaced(events);
        if (base != null) {
          d.place = base.place;
          d.placeBasis = "inherited";
          d.countries.addAll(base.countries);
        }
      }
      if ("background".equals(d.scope)) {
        events.add(d);
        continue;
      }
      if ("aggregate".equals(d.scope) && d.definitePlural) {
        Draft told = null;
        for (int k = events.size() - 1; k >= 0 && told == null; k--) {
          Draft e = events.get(k);
          if ("discrete".equals(e.scope) && compatibleType(e, d) && compatibleActor(e, d)) {
            told = e;
          }
        }
        if (told != null) {
          absorb(told, d); // "les frappes" are the strikes told before
          continue;
        }
      }
      if ("aggregate".equals(d.scope)) {
        Draft same = null;
        for (Draft e : events) {
          if ("aggregate".equals(e.scope)
              && e.type.equals(d.type)
              && sameActor(e, d)
              && sameSpan(e, d)
              && overlappingCountries(e, d)) {
            same = e;
          }
        }
        if (same != null) {
          absorb(same, d);
        } else {
          events.add(d);
        }
        continue;
      }
      if (!d.anchored() && !d.distinct) {
        Draft target = null;
        for (int k = events.size() - 1; k >= 0 && target == null; k--) {
          Draft e = events.get(k);
          if ("discrete".equals(e.scope)
              && (compatibleType(e, d)
                  || violent(e) && violent(d) && !battleAndStrike(e, d) && !battleAndStrike(d, e))
              && (compatibleActor(e, d) || respondsTo(e, d))) {
            target = e;
          }
        }
        if (target != null) {
          if (respondsTo(target, d) && !compatibleActor(target, d)) {
            target.twoSided = true; // "police responded with gunfire": one clash
          }
          absorb(target, d);
        } else {
          if (!d.lead) {
            d.scope = "background";
            d.unanchored = true;
          }
          events.add(d);
        }
        continue;
      }
      Draft target = null;
      if (!d.distinct) {
        for (int k = events.size() - 1; k >= 0 && target == null; k--) {
          Draft e = events.get(k);
          if ("discrete".equals(e.scope)
              && compatibleType(e, d)
              && compatibleActor(e, d)
              && compatibleDate(e, d)
              && compatiblePlace(e, d)) {
            target = e;
          }
        }
      }
      if (target != null) {
        absorb(target, d);
      } else {
        events.add(d);
      }
    }
    return history(promoteUnanchored(events, leadPlace), anchor);
  }

  /**
   * An event the report places nowhere ("La première frappe a visé le village de Tangata", a
   * village no gazetteer has) happened in the area the report opens with ("dans la région de
   * Tombouctou"), unless what it says of countries points elsewhere. Marked "inherited".
   */
  static List<Draft> inheritLeadArea(List<Draft> events, ResolvedPlace leadArea) {
    if (leadArea == null || leadArea.place() == null) {
      return events;
    }
    String country = leadArea.place().country();
    for (Draft d : events) {
      if ("discrete".equals(d.scope)
          && d.place == null
          && (d.countries.isEmpty() || d.countries.contains(country))) {
        d.place = leadArea;
        d.placeBasis = "inherited";
        if (country != null && !country.isEmpty()) {
          d.countries.add(country);
        }
      }
    }
    return events;
  }

  /** Events this long before the report are its history, not its news. */
  private static final int HISTORY_DAYS = 365;

  /**
   * "the third attack on him in Odessa on 24 May 2018", recalled in a report of May 2020, is
   * background: the report tells of it, it does not report it.
   */
  private static List<Draft> history(List<Draft> events, LocalDate anchor) {
    if (anchor == null) {
      return events;
    }
    for (Draft d : events) {
      LocalDate last = d.end != null ? d.end : d.start;
      if ("discrete".equals(d.scope)
          && last != null
          && last.isBefore(anchor.minusDays(HISTORY_DAYS))) {
        d.scope = "background";
      }
    }
    return events;
  }

  /**
   * A report about one event that neither dates nor places it ("La circulation a été perturbée par
   * des manifestations … la journaliste qui a couvert la manifestation") still reports that event:
   * when no mention of the article is discrete, its first mention set aside only for lack of an
   * anchor is the event, and later mentions of the same kind join it. Unplaced, it happened where
   * the report first says (its lead place, "in the al-Kharda sub-district, Baghdad").
   */
  private static List<Draft> promoteUnanchored(
      List<Draft> events, org.vigie.geo.ResolvedPlace leadPlace) {
    if (events.stream().anyMatch(e -> "discrete".equals(e.scope))) {
      return events;
    }
    // a conflict mention (assault, coercion, protest) is the report's event before a word said
    // about it (a demand, a meeting, an accusation)
    boolean conflictSetAside =
        events.stream().anyMatch(e -> e.unanchored && ConflictTypes.isConflict(e.type));
    List<Draft> out = new ArrayList<>();
    Draft event = null;
    for (Draft d : events) {
      if (!d.unanchored || event == null && conflictSetAside && !ConflictTypes.isConflict(d.type)) {
        out.add(d);
      } else if (event == null) {
        d.scope = "discrete";
        if (d.place == null && leadPlace != null && leadPlace.place() != null) {
          d.place = leadPlace;
          d.placeBasis = "inherited";
          if (leadPlace.place().country() != null) {
            d.countries.add(leadPlace.place().country());
          }
        }
        event = d;
        out.add(d);
      } else if (compatibleType(event, d) && compatibleActor(event, d)) {
        absorb(event, d);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** Two campaigns are one when told over the same kind of span ("these months", "since…"). */
  private static boolean sameSpan(Draft a, Draft b) {
    if (a.start == null || b.start == null) {
      return true;
    }
    return java.util.Objects.equals(a.datePrecision, b.datePrecision);
  }

  private static boolean overlappingCountries(Draft a, Draft b) {
    if (a.countries.isEmpty() || b.countries.isEmpty()) {
      return true;
    }
    for (String c : a.countries) {
      if (b.countries.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static Draft lastDated(List<Draft> events) {
    for (int k = events.size() - 1; k >= 0; k--) {
      Draft e = events.get(k);
      if ("discrete".equals(e.scope) && e.start != null && e.hasDayDate()) {
        return e;
      }
    }
    return null;
  }

  private static Draft lastPlaced(List<Draft> events) {
    for (int k = events.size() - 1; k >= 0; k--) {
      Draft e = events.get(k);
      if ("discrete".equals(e.scope) && e.place != null) {
        return e;
      }
    }
    return null;
  }

  /** Same type, or a weak violent word ("tué", "arrested") told about a violent event. */
  private static boolean compatibleType(Draft a, Draft b) {
    if (battleAndStrike(a, b) || battleAndStrike(b, a)) {
      return false;
    }
    return a.type.equals(b.type) || violent(a) && violent(b) && (a.weak || b.weak);
  }

  /**
   * A defeat on the ground and a strike from afar are two events, whatever else they share ("the
   * army has just suffered a setback against the rebels there" after a drone strike).
   */
  private static boolean battleAndStrike(Draft battle, Draft strike) {
    return battle.defeat && ConflictTypes.isRemote(strike.mode);
  }

  private static boolean violent(Draft d) {
    return "ASSAULT".equals(d.type) || "COERCE".equals(d.type);
  }

  private static boolean sameActor(Draft a, Draft b) {
    if (a.actor1 == null || b.actor1 == null) {
      return a.actor1 == b.actor1;
    }
    return a.actor1.value().id().equals(b.actor1.value().id());
  }

  /** Same perpetrator, or one side does not know it yet ("assailants", "unidentified gunmen"). */
  private static boolean compatibleActor(Draft a, Draft b) {
    return a.actor1 == null
        || b.actor1 == null
        || a.actor1.value().id().equals(b.actor1.value().id())
        || unidentified(a)
        || unidentified(b);
  }

  /** The mention's perpetrator is a target of the event: a response, return fire, a clash. */
  private static boolean respondsTo(Draft e, Draft d) {
    if (d.actor1 == null) {
      return false;
    }
    String id = d.actor1.value().id();
    return e.targets.stream().anyMatch(t -> t.value().id().equals(id));
  }

  private static boolean unidentified(Draft d) {
    return d.actor1 != null && d.actor1.value().type().startsWith("unidentified");
  }

  private static boolean compatibleDate(Draft a, Draft b) {
    if (!a.hasDayDate() || !b.hasDayDate()) {
      return true;
    }
    return !a.start.isAfter(b.end) && !b.start.isAfter(a.end);
  }

  private static boolean compatiblePlace(Draft a, Draft b) {
    ResolvedPlace p = a.place;
    ResolvedPlace q = b.place;
    if (p == null || q == null || p.precision() == 3 || q.precision() == 3) {
      return true;
    }
    if (p.place().id().equals(q.place().id())) {
      return true;
    }
    if ((p.place().isAdmin() || q.place().isAdmin())
        && java.util.Objects.equals(p.place().country(), q.place().country())) {
      return true; // "Kombori, dans la province de la Kossi": the village and its province
    }
    return Haversine.km(p.lat(), p.lon(), q.lat(), q.lon()) <= SAME_PLACE_KM;
  }

  /** The event keeps its own values where it has them and takes the more precise ones. */
  /**
   * A later, more precise place refines the place told first only when it lies in or near it: "in
   * the Gulf of Aden … on its way to Jeddah" stays in the Gulf of Aden.
   */
  private static boolean refines(ResolvedPlace told, ResolvedPlace finer) {
    if (told.place() != null
        && told.place().isCountry()
        && finer.place() != null
        && told.place().country().equals(finer.place().country())) {
      return true;
    }
    double reach = told.precision() >= 3 ? AREA_REFINE_KM : REFINE_KM;
    return Haversine.km(told.lat(), told.lon(), finer.lat(), finer.lon()) <= reach;
  }

  /** How far a finer place may lie from a place it refines: a town near a town. */
  private static final double REFINE_KM = 400;

  /** The same from the centre of a sea, a desert or a region, which span about this much. */
  private static final double AREA_REFINE_KM = 1000;

  static void absorb(Draft e, Draft d) {
    e.triggers.addAll(d.triggers);
    if ("PROTEST".equals(e.type) && "riot".equals(d.mode) && !"riot".equals(e.mode)) {
      // a protest told as a demonstration and then as stones and burning tyres was a riot
      e.mode = "riot";
      e.modeRank = Math.max(e.modeRank, d.modeRank);
      e.modeEvidence = d.modeEvidence;
    }
    if (d.modeRank > e.modeRank && d.mode != null) {
      e.mode = d.mode;
      e.modeRank = d.modeRank;
      e.modeEvidence = d.modeEvidence;
    }
    if ("unknown".equals(e.outcome)) {
      e.outcome = d.outcome;
    } else if ("intercepted".equals(d.outcome)) {
      e.outcome = d.outcome;
    }
    if (e.actor1 == null || unidentified(e) && d.actor1 != null && !unidentified(d)) {
      e.actor1 = d.actor1; // a claim names whom "the assailants" were
    }
    for (Draft.Sourced<org.vigie.extract.actor.Actor> t : d.targets) {
      boolean known = e.targets.stream().anyMatch(x -> x.value().id().equals(t.value().id()));
      if (!known && (e.actor1 == null || !e.actor1.value().id().equals(t.value().id()))) {
        e.targets.add(t);
      }
    }
    if (d.place != null
        && (e.place == null
            || d.place.precision() < e.place.precision() && refines(e.place, d.place))) {
      e.place = d.place;
      e.placeBasis = d.placeBasis;
      e.placeMentions.clear();
    }
    if (e.place != null) {
      for (ResolvedPlace p : d.placeMentions) {
        if (p.place().id().equals(e.place.place().id())) {
          e.placeMentions.add(p);
        }
      }
    }
    e.countries.addAll(d.countries);
    if (d.start != null && (e.start == null || rank(d) > rank(e))) {
      e.start = d.start;
      e.end = d.end;
      e.datePrecision = d.datePrecision;
      e.dateBasis = d.dateBasis;
      e.dateFrom = d.dateFrom;
      e.dateTo = d.dateTo;
      e.weekdayConflict = d.weekdayConflict;
    }
    if (e.partOfDay == null) {
      e.partOfDay = d.partOfDay;
    }
    e.casualties.addAll(d.casualties);
    e.frames.addAll(d.frames);
    if (e.targetCount == null && d.targetCount != null) {
      e.targetCount = d.targetCount;
      e.targetCountFrom = d.targetCountFrom;
      e.targetCountTo = d.targetCountTo;
    }
    e.twoSided |= d.twoSided;
    e.weak &= d.weak;
  }

  private static int rank(Draft d) {
    if (d.start == null || d.inheritedDate) {
      return 0;
    }
    if (!d.hasDayDate()) {
      return 1;
    }
    return "explicit".equals(d.dateBasis) ? 4 : "weekday".equals(d.dateBasis) ? 3 : 2;
  }
}
