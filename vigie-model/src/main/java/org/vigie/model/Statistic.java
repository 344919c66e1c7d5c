package org.vigie.model;

import java.util.List;

/**
 * A figure that belongs to no single event, such as a cumulative war toll. Never a casualty count
 * of an event.
 */
public record Statistic(
    String kind,
    String area,
    String since,
    Integer killed,
    Integer injured,
    Integer missing,
    String reportedBy,
    List<Span> evidence) {}
