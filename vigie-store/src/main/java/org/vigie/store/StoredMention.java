package org.vigie.store;

import org.vigie.model.Event;

/**
 * One event as extracted from one article (machine output, evidence offsets into that article).
 * {@code id} is derived from the article hash and the event's index, so it is stable.
 */
public record StoredMention(String id, String articleId, String eventId, Event event) {}
