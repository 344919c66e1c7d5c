package org.vigie.store.jdbc;

import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.model.Event;
import org.vigie.model.Json;
import org.vigie.store.ContentHash;
import org.vigie.store.ReviewAction;
import org.vigie.store.ReviewRecord;
import org.vigie.store.ReviewResult;
import org.vigie.store.StoredEvent;

/** Applies reviewer actions inside the caller's transaction. */
final class Reviews {
  private final JdbcEventStore store;
  private final Connection c;

  Reviews(JdbcEventStore store, Connection c) {
    this.store = store;
    this.c = c;
  }

  ReviewResult apply(ReviewAction action) throws SQLException {
    requireText(action.reviewer(), "reviewer");
    String id = store.resolveId(c, action.eventId());
    Event current = store.currentEvent(c, id);
    if (action instanceof ReviewAction.Accept a) {
      store.setLock(c, id, EventFields.LOCK_ALL, Json.write(current));
      store.setLock(c, id, EventFields.LOCK_REVIEW, quoted("accepted"));
      ReviewRecord r = store.record(c, id, a.reviewer(), "accept", null, null, null, a.reason());
      return done(r, Set.of(id));
    }
    if (action instanceof ReviewAction.Reject a) {
      store.setLock(c, id, EventFields.LOCK_REVIEW, quoted("rejected"));
      ReviewRecord r = store.record(c, id, a.reviewer(), "reject", null, null, null, a.reason());
      return done(r, Set.of(id));
    }
    if (action instanceof ReviewAction.Correct a) {
      requireText(a.field(), "field");
      if (a.field().startsWith("@")
          || a.field().equals(EventFields.LOCK_ALL)
          || a.field().equals("id")) {
        throw new IllegalArgumentException("not a correctable field: " + a.field());
      }
      EventFields.readTree(a.newValueJson()); // must be JSON
      String old = EventFields.get(current, a.field());
      store.setLock(c, id, a.field(), a.newValueJson());
      // check the corrected event still reads as an event before committing
      EventFields.applyLocks(current, java.util.Map.of(a.field(), a.newValueJson()));
      String review = EventFields.review(lockMap(id));
      if ("machine".equals(review)) {
        store.setLock(c, id, EventFields.LOCK_REVIEW, quoted("corrected"));
      }
      ReviewRecord r =
          store.record(
              c, id, a.reviewer(), "correct", a.field(), old, a.newValueJson(), a.reason());
      return done(r, Set.of(id));
    }
    if (action instanceof ReviewAction.Merge a) {
      String other = store.resolveId(c, a.otherEventId());
      store.currentEvent(c, other);
      if (other.equals(id)) {
        throw new IllegalArgumentException("an event cannot be merged with itself");
      }
      Set<String> ms = new LinkedHashSet<>(store.mentionIdsOf(c, id));
      ms.addAll(store.mentionIdsOf(c, other));
      store.setPin(c, ms, id); // the pin is the surviving id
      ReviewRecord r =
          store.record(c, id, a.reviewer(), "merge", null, quoted(other), quoted(id), a.reason());
      return done(r, Set.of(id, other));
    }
    if (action instanceof ReviewAction.Split a) {
      Set<String> ms = store.mentionIdsOf(c, id);
      if (!ms.contains(a.mentionId())) {
        throw new IllegalArgumentException("mention " + a.mentionId() + " is not in event " + id);
      }
      if (ms.size() < 2) {
        throw new IllegalArgumentException("event " + id + " has a single mention");
      }
      String newId = "ev-" + ContentHash.sha256("split|" + a.mentionId()).substring(0, 20);
      store.setPin(c, List.of(a.mentionId()), newId);
      List<String> rest = ms.stream().filter(m -> !m.equals(a.mentionId())).toList();
      store.setPin(c, rest, id); // the rest stays together under its id
      ReviewRecord r =
          store.record(
              c, id, a.reviewer(), "split", null, quoted(a.mentionId()), quoted(newId), a.reason());
      List<String> ids = store.refresh(c, Set.of(id));
      List<String> ordered = new ArrayList<>();
      ordered.add(newId);
      ids.stream().filter(x -> !x.equals(newId)).forEach(ordered::add);
      return new ReviewResult(r, store.loadEvents(c, ordered));
    }
    throw new IllegalArgumentException("unknown action " + action);
  }

  private java.util.Map<String, String> lockMap(String id) throws SQLException {
    var all = new java.util.TreeMap<String, String>();
    // read back through the store's lock loader by refreshing nothing: small helper query
    try (var p =
        c.prepareStatement("SELECT field, value_json FROM event_locks WHERE event_id = ?")) {
      p.setString(1, id);
      try (var rs = p.executeQuery()) {
        while (rs.next()) {
          all.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return all;
  }

  private ReviewResult done(ReviewRecord r, Set<String> events) throws SQLException {
    List<String> ids = store.refresh(c, new LinkedHashSet<>(events));
    List<StoredEvent> out = store.loadEvents(c, ids);
    return new ReviewResult(r, out);
  }

  private static String quoted(String s) {
    return TextNode.valueOf(s).toString();
  }

  private static void requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
  }
}
