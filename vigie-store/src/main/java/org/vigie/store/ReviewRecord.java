package org.vigie.store;

import java.time.Instant;

/**
 * One entry of the audit trail. {@code action} is accept, reject, correct, merge or split; {@code
 * oldValue}/{@code newValue} are JSON (the field's value, or the ids involved).
 */
public record ReviewRecord(
    long id,
    String eventId,
    String reviewer,
    Instant at,
    String action,
    String field,
    String oldValue,
    String newValue,
    String reason) {}
