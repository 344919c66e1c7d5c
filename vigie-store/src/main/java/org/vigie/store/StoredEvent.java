package org.vigie.store;

import java.util.List;
import org.vigie.model.Event;

/**
 * A merged event as stored: the contract {@link Event} (its {@code id} is the stable store id), the
 * articles that report it and their sources, and its review state.
 *
 * @param review {@code machine}, {@code accepted}, {@code corrected} or {@code rejected}
 * @param lockedFields fields a reviewer set, which re-extraction never overwrites
 */
public record StoredEvent(
    Event event,
    List<String> articleIds,
    List<EventSource> sources,
    String review,
    List<String> lockedFields) {

  public String id() {
    return event.id();
  }
}
