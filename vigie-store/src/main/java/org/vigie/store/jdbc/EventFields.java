package org.vigie.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Json;
import org.vigie.model.Location;
import org.vigie.store.merge.BlockingKeys;

/** Flattening of an event into filter columns, and reviewer locks laid over a machine event. */
final class EventFields {
  static final String LOCK_ALL = "*";
  static final String LOCK_REVIEW = "@review";
  static final LocalDate NO_DATE = LocalDate.of(1900, 1, 1);

  private EventFields() {}

  /** The machine event with the reviewer's locked fields put back: locks always win. */
  static Event applyLocks(Event machine, Map<String, String> locks) {
    if (locks == null || locks.isEmpty()) {
      return machine;
    }
    Event base = machine;
    if (locks.containsKey(LOCK_ALL)) {
      base = Json.read(locks.get(LOCK_ALL), Event.class).withId(machine.id());
    }
    ObjectNode tree = Json.mapper().valueToTree(base);
    boolean changed = false;
    for (Map.Entry<String, String> l : locks.entrySet()) {
      if (l.getKey().equals(LOCK_ALL) || l.getKey().startsWith("@")) {
        continue;
      }
      set(tree, l.getKey(), readTree(l.getValue()));
      changed = true;
    }
    if (!changed) {
      return base;
    }
    try {
      return Json.mapper().treeToValue(tree, Event.class).withId(machine.id());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("a locked field no longer fits the event: " + e, e);
    }
  }

  static String review(Map<String, String> locks) {
    String r = locks == null ? null : locks.get(LOCK_REVIEW);
    return r == null ? "machine" : readTree(r).asText();
  }

  static List<String> lockedFields(Map<String, String> locks) {
    List<String> out = new ArrayList<>();
    if (locks != null) {
      locks.keySet().stream().filter(k -> !k.startsWith("@")).sorted().forEach(out::add);
    }
    return out;
  }

  /** The value at a field path ({@code casualties/killed}), as JSON; "null" when absent. */
  static String get(Event e, String path) {
    JsonNode n = Json.mapper().valueToTree(e);
    for (String p : path.split("/")) {
      n = n == null ? null : n.get(p);
    }
    return n == null ? "null" : n.toString();
  }

  static JsonNode readTree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  private static void set(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("/");
    ObjectNode cur = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = cur.get(parts[i]);
      if (!(next instanceof ObjectNode)) {
        next = cur.putObject(parts[i]);
      }
      cur = (ObjectNode) next;
    }
    cur.set(parts[parts.length - 1], value);
  }

  static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** Actor ids (or lower-cased names when unregistered), deduplicated, in role order. */
  static Set<String> actorKeys(Event e) {
    Set<String> ids = new LinkedHashSet<>();
    for (EventActor a : e.actors() == null ? List.<EventActor>of() : e.actors()) {
      String k =
          a.id() != null ? a.id() : a.name() == null ? null : a.name().toLowerCase(Locale.ROOT);
      if (k != null) {
        ids.add(k);
      }
    }
    return ids;
  }

  /** {@code |a|b|}: bounded by bars so that {@code LIKE '%|a|%'} finds exactly one actor. */
  static String barList(Iterable<String> values) {
    StringBuilder sb = new StringBuilder("|");
    for (String v : values) {
      sb.append(v.replace('|', '/')).append('|');
    }
    return sb.toString();
  }

  /** Every name any report gives the actors, lower-cased, as a bar list. */
  static String actorNames(Event e, List<Event> mentions) {
    Set<String> names = new LinkedHashSet<>();
    for (Event x : concat(e, mentions)) {
      for (EventActor a : x.actors() == null ? List.<EventActor>of() : x.actors()) {
        if (a.name() != null) {
          names.add(a.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return barList(names);
  }

  /**
   * What text search looks in: actor names, place names and summaries of the event and of every
   * mention, so that a place is found under the spelling of any report ("Soumy", "Sumy").
   */
  static String searchText(Event e, List<Event> mentions) {
    Set<String> parts = new LinkedHashSet<>();
    for (Event x : concat(e, mentions)) {
      Location l = x.location();
      if (l != null && l.name() != null) {
        parts.add(l.name().toLowerCase(Locale.ROOT));
      }
      if (x.summary() != null) {
        parts.add(x.summary().toLowerCase(Locale.ROOT));
      }
      for (EventActor a : x.actors() == null ? List.<EventActor>of() : x.actors()) {
        if (a.name() != null) {
          parts.add(a.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return String.join(" | ", parts);
  }

  private static List<Event> concat(Event e, List<Event> more) {
    List<Event> all = new ArrayList<>();
    all.add(e);
    all.addAll(more);
    return all;
  }

  static String placeCell(Location l) {
    if (l == null || l.lat() == null || l.lon() == null) {
      return null;
    }
    return BlockingKeys.cell(l.lat(), l.lon());
  }
}
