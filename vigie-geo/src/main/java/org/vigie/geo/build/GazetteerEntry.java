package org.vigie.geo.build;

import java.util.List;

/**
 * One place as the builders produce it, before its names are folded to keys. {@code admin1Code} is
 * "CC.A1" style without the country ("01"), {@code admin2Code} likewise ("101").
 */
public record GazetteerEntry(
    String id,
    String name,
    double lat,
    double lon,
    String country,
    String admin1Code,
    String admin2Code,
    String featureClass,
    String featureCode,
    long population,
    List<String> names) {

  public GazetteerEntry {
    names = List.copyOf(names);
  }

  public GazetteerEntry withNames(List<String> more) {
    java.util.ArrayList<String> all = new java.util.ArrayList<>(names);
    all.addAll(more);
    return new GazetteerEntry(
        id,
        name,
        lat,
        lon,
        country,
        admin1Code,
        admin2Code,
        featureClass,
        featureCode,
        population,
        all);
  }

  public GazetteerEntry withPoint(double newLat, double newLon) {
    return new GazetteerEntry(
        id,
        name,
        newLat,
        newLon,
        country,
        admin1Code,
        admin2Code,
        featureClass,
        featureCode,
        population,
        names);
  }

  public GazetteerEntry withName(String newName) {
    return new GazetteerEntry(
        id,
        newName,
        lat,
        lon,
        country,
        admin1Code,
        admin2Code,
        featureClass,
        featureCode,
        population,
        names);
  }
}
