package org.vigie.eval.score;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Span;

/** Null-safe reads of the predicted event fields the rules look at. */
final class PredictedEvents {
  private PredictedEvents() {}

  /** SCORING.md §1: absent scope counts as discrete. */
  static boolean discrete(Event e) {
    return e.scope() == null || Event.DISCRETE.equalsIgnoreCase(e.scope());
  }

  static boolean hasCoordinates(Event e) {
    return e.location() != null && e.location().lat() != null && e.location().lon() != null;
  }

  /** {@code [start, end]} of the predicted date, or null when there is no usable day. */
  static LocalDate[] days(Event e) {
    if (e.date() == null || e.date().start() == null) {
      return null;
    }
    try {
      LocalDate start = LocalDate.parse(e.date().start());
      LocalDate end = e.date().end() == null ? start : LocalDate.parse(e.date().end());
      return end.isBefore(start) ? new LocalDate[] {end, start} : new LocalDate[] {start, end};
    } catch (DateTimeParseException ex) {
      return null; // not an ISO day: no date to compare, as the contract allows only days
    }
  }

  /** Name, id and evidence texts of every actor with one of the roles. */
  static List<String> actorTexts(Event e, Set<String> roles) {
    List<String> out = new ArrayList<>();
    if (e.actors() == null) {
      return out;
    }
    for (EventActor a : e.actors()) {
      if (a == null || a.role() == null || !roles.contains(a.role())) {
        continue;
      }
      addIfPresent(out, a.name());
      addIfPresent(out, a.id());
      if (a.evidence() != null) {
        for (Span s : a.evidence()) {
          if (s != null) {
            addIfPresent(out, s.text());
          }
        }
      }
    }
    return out;
  }

  private static void addIfPresent(List<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }

  static Count killed(Event e) {
    return e.casualties() == null ? null : e.casualties().killed();
  }

  static Count injured(Event e) {
    return e.casualties() == null ? null : e.casualties().injured();
  }

  static boolean claimed(Event e) {
    return e.attribution() != null
        && (e.attribution().claimedBy() != null
            || "claimed".equalsIgnoreCase(e.attribution().status()));
  }
}
