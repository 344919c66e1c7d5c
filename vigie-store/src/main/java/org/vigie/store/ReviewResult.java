package org.vigie.store;

import java.util.List;

/** The events a review action left behind (the new event first for a split). */
public record ReviewResult(ReviewRecord record, List<StoredEvent> events) {}
