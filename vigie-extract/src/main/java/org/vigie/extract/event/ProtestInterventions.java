package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the police's response into the protest it answers, as conflict coders do ("protest with
 * intervention"): a coercion without casualties told in the same report as a protest, on the same
 * day or undated, is part of that protest, not an event of its own.
 */
final class ProtestInterventions {
  private ProtestInterventions() {}

  static List<Draft> fold(List<Draft> events) {
    Draft protest = null;
    for (Draft d : events) {
      if ("discrete".equals(d.scope) && "PROTEST".equals(d.type)) {
        protest = d;
        break;
      }
    }
    if (protest == null) {
      return events;
    }
    List<Draft> out = new ArrayList<>(events.size());
    for (Draft d : events) {
      boolean intervention =
          d != protest
              && "discrete".equals(d.scope)
              && "COERCE".equals(d.type)
              && !"arrest".equals(d.mode)
              && d.casualties.stream().noneMatch(c -> c.value() != null && c.value() > 0)
              && (!d.hasDayDate() || !protest.hasDayDate() || d.start.equals(protest.start));
      if (intervention) {
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
}
