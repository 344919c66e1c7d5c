package org.vigie.cli.html;

import java.time.LocalDate;

/** Title, outlet, publication date, canonical url and language declared by a page; may be null. */
record PageMetadata(
    String title, String outlet, LocalDate published, String url, String language) {}
