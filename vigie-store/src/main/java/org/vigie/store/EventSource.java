package org.vigie.store;

import java.time.LocalDate;

/** One report of an event: the article and where it comes from. */
public record EventSource(
    String articleId, String outlet, String url, LocalDate published, String language) {}
