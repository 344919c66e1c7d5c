package org.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Json;

/**
 * What the equivalence test compares of one event: id, type, mode, scope, dates, place, actors,
 * casualties and article ids (as a set). Evidence and sources are left out on purpose: they say
 * where in which article, which the article ids already pin down.
 */
record EventDigest(
    String id,
    String type,
    String mode,
    String scope,
    String date,
    String place,
    String actors,
    String casualties,
    String articleIds) {

  static EventDigest of(Event e, List<String> articleIds) {
    TreeSet<String> actors = new TreeSet<>();
    for (EventActor a : e.actors() == null ? List.<EventActor>of() : e.actors()) {
      actors.add(a.role() + ":" + (a.id() != null ? a.id() : a.name()));
    }
    var l = e.location();
    var d = e.date();
    var c = e.casualties();
    return new EventDigest(
        e.id(),
        e.type(),
        e.mode(),
        e.scope(),
        d == null ? null : d.start() + ".." + d.end() + "/" + d.precision(),
        l == null
            ? null
            : l.name() + "/" + l.gazetteerId() + "/" + l.country() + "/" + l.precision(),
        String.join(",", actors),
        c == null ? null : count(c.killed()) + "/" + count(c.injured()) + "/" + count(c.missing()),
        String.join(",", new TreeSet<>(articleIds)));
  }

  /** From one line of the JSONL export. */
  static EventDigest ofLine(String line) {
    JsonNode n = Json.read(line, JsonNode.class);
    List<String> ids = new java.util.ArrayList<>();
    n.path("articleIds").forEach(x -> ids.add(x.asText()));
    return of(Json.read(line, Event.class), ids);
  }

  private static String count(Count c) {
    return c == null ? "-" : c.value() + "[" + c.min() + "," + c.max() + "]";
  }

  boolean sameAs(EventDigest o) {
    return Objects.equals(this, o);
  }
}
