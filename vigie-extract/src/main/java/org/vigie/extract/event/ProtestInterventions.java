package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the police's response into the protest it answers, as conflict coders do ("protest with
 * intervention"): a coercion without casualties (a dispersal, arrests) told in the same report as a
 * protest, on the same day or undated, is part of that protest, not an event of its own. Violence
 * by the crowd itself (stones, fires, vandalism by no named armed actor: "rioters … hurled stones
 * at soldiers") makes the protest a riot rather than a separate assault.
 */
final class ProtestInterventions {
  private static final java.util.Set<String> CROWD_MODES = java.util.Set.of("primitive", "destroy");
  private static final java.util.Set<String> CROWD_TYPES =
      java.util.Set.of("rioters", "protesters", "civilians");

  private ProtestInterventions() {}

  static List<Draft> fold(List<Draft> events) {
    return foldArrestsOfAttackers(foldIntoProtest(events));
  }

  /**
   * "The assailant was arrested", "one attacker was apprehended": in a report of an attack, an
   * arrest on the same day with no toll of its own is the attack's aftermath, not another event.
   */
  private static List<Draft> foldArrestsOfAttackers(List<Draft> events) {
    Draft attack = firstDiscrete(events, "ASSAULT");
    if (attack == null) {
      return events;
    }
    List<Draft> out = new ArrayList<>(events.size());
    for (Draft d : events) {
      boolean aftermath =
          d != attack
              && "discrete".equals(d.scope)
              && "COERCE".equals(d.type)
              && "arrest".equals(d.mode)
              && noToll(d)
              && sameDay(d, attack)
              && (d.place == null
                  || attack.place == null
                  || d.place.place() != null
                      && attack.place.place() != null
                      && java.util.Objects.equals(
                          d.place.place().country(), attack.place.place().country()));
      if (aftermath) {
        attack.triggers.addAll(d.triggers);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static List<Draft> foldIntoProtest(List<Draft> events) {
    Draft protest = firstDiscrete(events, "PROTEST");
    if (protest == null) {
      return events;
    }
    List<Draft> out = new ArrayList<>(events.size());
    for (Draft d : events) {
      boolean intervention =
          d != protest
              && "discrete".equals(d.scope)
              && "COERCE".equals(d.type)
              && noToll(d)
              && sameDay(d, protest);
      boolean crowdViolence =
          d != protest
              && "discrete".equals(d.scope)
              && "ASSAULT".equals(d.type)
              && (d.mode == null || CROWD_MODES.contains(d.mode))
              && (d.actor1 == null || CROWD_TYPES.contains(d.actor1.value().type()))
              && sameDay(d, protest);
      if (crowdViolence) {
        protest.mode = "riot";
        protest.triggers.addAll(d.triggers);
        protest.frames.addAll(d.frames);
        protest.casualties.addAll(d.casualties);
        for (Draft.Sourced<org.vigie.extract.actor.Actor> t : d.targets) {
          if (protest.targets.stream().noneMatch(x -> x.value().id().equals(t.value().id()))) {
            protest.targets.add(t);
          }
        }
        if (protest.place == null && d.place != null) {
          protest.place = d.place;
          protest.placeBasis = d.placeBasis;
          protest.countries.addAll(d.countries);
        }
      } else if (intervention) {
        protest.triggers.addAll(d.triggers);
        protest.frames.addAll(d.frames);
        if (d.actor1 != null) {
          protest.targets.add(d.actor1);
        }
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static Draft firstDiscrete(List<Draft> events, String type) {
    for (Draft d : events) {
      if ("discrete".equals(d.scope) && type.equals(d.type)) {
        return d;
      }
    }
    return null;
  }

  /** No one was killed or hurt, or the text does not say. */
  private static boolean noToll(Draft d) {
    return d.casualties.stream().noneMatch(c -> c.value() != null && c.value() > 0);
  }

  /** On the same day as the event it would join, or undated on either side. */
  private static boolean sameDay(Draft d, Draft event) {
    return !d.hasDayDate() || !event.hasDayDate() || d.start.equals(event.start);
  }
}
