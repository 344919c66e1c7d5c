package org.vigie.store;

import java.time.Instant;
import java.time.LocalDate;

/** An article as stored; {@code text} is what every evidence offset points into. */
public record StoredArticle(
    String id,
    String sha256,
    String url,
    String outlet,
    LocalDate published,
    String language,
    String title,
    String text,
    Instant ingestedAt) {}
