package org.vigie.eval;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.ActorRef;
import org.vigie.model.ArticleResult;
import org.vigie.model.Attribution;
import org.vigie.model.Casualties;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.EventDate;
import org.vigie.model.Location;
import org.vigie.model.Span;

/** Builds predicted events for tests, field by field. */
public final class Predicted {
  private String scope = Event.DISCRETE;
  private String type;
  private String mode;
  private final List<EventActor> actors = new ArrayList<>();
  private Location location;
  private EventDate date;
  private Count killed;
  private Count injured;
  private Attribution attribution;

  public static Predicted event() {
    return new Predicted();
  }

  public Predicted scope(String s) {
    scope = s;
    return this;
  }

  public Predicted type(String t) {
    type = t;
    return this;
  }

  public Predicted mode(String m) {
    mode = m;
    return this;
  }

  public Predicted actor(String role, String name) {
    actors.add(new EventActor(role, null, name, null, null, List.of(), true, List.of()));
    return this;
  }

  public Predicted actor(String role, String id, String name, String evidence) {
    List<Span> ev =
        evidence == null ? List.of() : List.of(new Span(0, evidence.length(), evidence));
    actors.add(new EventActor(role, id, name, null, null, List.of(), true, ev));
    return this;
  }

  public Predicted at(double lat, double lon) {
    return at(lat, lon, null);
  }

  public Predicted at(Double lat, Double lon, String country) {
    location =
        new Location(
            null, null, lat, lon, country, null, null, null, 1, "named", null, List.of(),
            List.of());
    return this;
  }

  public Predicted on(String day) {
    return between(day, day);
  }

  public Predicted between(String start, String end) {
    date = new EventDate(start, end, "day", "explicit", null, List.of());
    return this;
  }

  public Predicted killed(int n) {
    killed = count(n);
    return this;
  }

  public Predicted injured(int n) {
    injured = count(n);
    return this;
  }

  public Predicted claimedBy(String who) {
    attribution =
        new Attribution(null, new ActorRef(null, who), null, "claim", "claimed", List.of());
    return this;
  }

  public Predicted attribution(Attribution a) {
    attribution = a;
    return this;
  }

  private static Count count(int n) {
    return new Count(n, n, n, "exact", List.of());
  }

  public Event build() {
    return new Event(
        null,
        scope,
        type,
        mode,
        null,
        List.copyOf(actors),
        location,
        date,
        new Casualties(killed, injured, null, null, null),
        null,
        attribution,
        null,
        null,
        1.0,
        "test",
        List.of(),
        List.of(),
        List.of());
  }

  public static ArticleResult result(Event... events) {
    return new ArticleResult(
        ArticleResult.SCHEMA, null, List.of(events), List.of(), List.of(), List.of());
  }
}
