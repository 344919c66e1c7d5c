package org.vigie.model;

import java.util.List;

/** One figure given for a count, by one source, with the words that give it. */
public record CountReport(int value, String qualifier, String source, List<Span> evidence) {}
