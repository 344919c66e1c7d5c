package org.vigie.eval.gold;

/**
 * A gold toponym of a place-only file (GeoWebNews); offsets may be null when upstream's did not
 * match.
 */
public record GoldPlace(
    String name,
    Integer start,
    Integer end,
    String toponymType,
    String normalisedName,
    Double lat,
    Double lon,
    Double tolKm) {}
