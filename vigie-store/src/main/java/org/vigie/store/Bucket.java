package org.vigie.store;

/**
 * One group of an aggregation. {@code key} is the day or week start (ISO date), the actor id, the
 * type, or the cell {@code lat,lon} (south-west corner); {@code lat}/{@code lon} are the cell
 * centre for place cells, else null. {@code killed} sums the events' killed values.
 */
public record Bucket(String key, String label, long count, long killed, Double lat, Double lon) {}
