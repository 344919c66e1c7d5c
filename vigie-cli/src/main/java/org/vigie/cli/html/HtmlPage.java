package org.vigie.cli.html;

import java.time.LocalDate;

/**
 * What a web page gives Vigie: the article's main text (one paragraph a line) and the metadata
 * found around it. Every field but {@code text} may be null.
 */
public record HtmlPage(
    String text, String title, String outlet, LocalDate published, String url, String language) {}
