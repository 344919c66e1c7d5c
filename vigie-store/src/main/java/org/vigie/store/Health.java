package org.vigie.store;

/** What the store holds, for the health endpoint. */
public record Health(
    String engine,
    int schemaVersion,
    long articles,
    long mentions,
    long events,
    long reviewActions,
    boolean ok) {}
