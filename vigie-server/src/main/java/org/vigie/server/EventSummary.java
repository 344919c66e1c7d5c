package org.vigie.server;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Location;
import org.vigie.store.EventSource;
import org.vigie.store.StoredEvent;

/**
 * One row of the event list: what the map and the table show, without evidence and reports, so that
 * a page of 1000 events stays small. {@code ?view=full} returns whole events instead.
 */
record EventSummary(
    String id,
    String type,
    String mode,
    String scope,
    String dateStart,
    String dateEnd,
    String datePrecision,
    String place,
    Double lat,
    Double lon,
    String country,
    String admin1,
    Integer locationPrecision,
    List<Actor> actors,
    Integer killed,
    Integer injured,
    String status,
    String claimedBy,
    String review,
    int sources,
    List<String> languages,
    double confidence,
    String summary) {

  record Actor(String role, String id, String name) {}

  static EventSummary of(StoredEvent se) {
    Event e = se.event();
    Location loc = e.location();
    List<Actor> actors =
        e.actors() == null ? List.of() : e.actors().stream().map(EventSummary::actor).toList();
    return new EventSummary(
        e.id(),
        e.type(),
        e.mode(),
        e.scope(),
        e.date() == null ? null : e.date().start(),
        e.date() == null ? null : e.date().end(),
        e.date() == null ? null : e.date().precision(),
        loc == null ? null : loc.name(),
        loc == null ? null : loc.lat(),
        loc == null ? null : loc.lon(),
        loc == null ? null : loc.country(),
        loc == null ? null : loc.admin1(),
        loc == null ? null : loc.precision(),
        actors,
        value(e.casualties() == null ? null : e.casualties().killed()),
        value(e.casualties() == null ? null : e.casualties().injured()),
        e.attribution() == null ? null : e.attribution().status(),
        e.attribution() == null || e.attribution().claimedBy() == null
            ? null
            : e.attribution().claimedBy().name(),
        se.review(),
        se.sources() == null ? 0 : se.sources().size(),
        se.sources() == null
            ? List.of()
            : se.sources().stream()
                .map(EventSource::language)
                .filter(Objects::nonNull)
                .distinct()
                .toList(),
        e.confidence(),
        e.summary());
  }

  private static Actor actor(EventActor a) {
    return new Actor(a.role(), a.id(), a.name());
  }

  private static Integer value(Count c) {
    return c == null ? null : c.value();
  }
}
