package org.vigie.store;

/**
 * A reviewer's decision on an event. Every action records who, when and why; the fields a reviewer
 * sets are locked so that re-extraction never overwrites them.
 */
public sealed interface ReviewAction {

  String eventId();

  String reviewer();

  String reason();

  /** The event is right as it stands: every field is locked. */
  record Accept(String eventId, String reviewer, String reason) implements ReviewAction {}

  /** The event is wrong: kept for the trail, left out of listings and exports. */
  record Reject(String eventId, String reviewer, String reason) implements ReviewAction {}

  /**
   * Sets one field. {@code field} is a JSON pointer-like path into the contract event ({@code
   * type}, {@code mode}, {@code scope}, {@code location}, {@code date}, {@code casualties/killed},
   * {@code attribution/status}, {@code actors}, {@code summary}…); {@code newValueJson} is its new
   * value as JSON. The field is locked.
   */
  record Correct(String eventId, String reviewer, String field, String newValueJson, String reason)
      implements ReviewAction {}

  /** Folds {@code otherEventId} into {@code eventId}; the other id then resolves to this one. */
  record Merge(String eventId, String otherEventId, String reviewer, String reason)
      implements ReviewAction {}

  /** Takes one mention out of the event into a new event of its own, pinned apart. */
  record Split(String eventId, String mentionId, String reviewer, String reason)
      implements ReviewAction {}
}
