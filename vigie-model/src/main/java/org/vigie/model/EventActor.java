package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An actor of one event. {@code role} is actor1, actor2, target or associated. {@code registered}
 * is false for a named organisation the registry does not know yet (kept, and flagged for review).
 */
public record EventActor(
    String role,
    String id,
    String name,
    String type,
    String country,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> surfaceForms,
    boolean registered,
    List<Span> evidence) {

  public EventActor withRole(String newRole) {
    return new EventActor(newRole, id, name, type, country, surfaceForms, registered, evidence);
  }
}
