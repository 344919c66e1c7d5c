package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One event record of the output contract (schema vigie/1). */
public record Event(
    String id,
    String scope,
    String type,
    String mode,
    Acled acled,
    List<EventActor> actors,
    Location location,
    EventDate date,
    Casualties casualties,
    @JsonInclude(JsonInclude.Include.NON_NULL) TargetCount targets,
    Attribution attribution,
    String outcome,
    @JsonInclude(JsonInclude.Include.NON_NULL) String summary,
    double confidence,
    String rule,
    List<Span> evidence,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> countries) {

  public static final String DISCRETE = "discrete";
  public static final String AGGREGATE = "aggregate";
  public static final String BACKGROUND = "background";

  /** The actor with the given role, or null. */
  public EventActor actor(String role) {
    return actors.stream().filter(a -> a.role().equals(role)).findFirst().orElse(null);
  }

  public Event withId(String newId) {
    return new Event(
        newId,
        scope,
        type,
        mode,
        acled,
        actors,
        location,
        date,
        casualties,
        targets,
        attribution,
        outcome,
        summary,
        confidence,
        rule,
        evidence,
        flags,
        countries);
  }
}
