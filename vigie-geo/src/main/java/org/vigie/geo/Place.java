package org.vigie.geo;

/**
 * One gazetteer entry. {@code id} is prefixed by its source ("geonames:295277", "ourairports:ORAA",
 * "wpi:12345", "vigie:…" for curated places); {@code admin1} is the first-level area's English
 * name, {@code featureClass}/{@code featureCode} follow GeoNames (P/PPL, S/AIRB, A/PCLI, A/ADM1…).
 */
public record Place(
    String id,
    String name,
    double lat,
    double lon,
    String country,
    String admin1,
    String admin1Code,
    String featureClass,
    String featureCode,
    long population) {

  public boolean isCountry() {
    return "A".equals(featureClass) && featureCode != null && featureCode.startsWith("PCL");
  }

  public boolean isAdmin() {
    return "A".equals(featureClass) && !isCountry();
  }
}
