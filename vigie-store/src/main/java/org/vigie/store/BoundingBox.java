package org.vigie.store;

/** A lat/lon box, inclusive; does not wrap the antimeridian. */
public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) {

  /** Parses {@code minLon,minLat,maxLon,maxLat} (the GeoJSON / Leaflet order). */
  public static BoundingBox parseLonLat(String s) {
    String[] p = s.split(",");
    if (p.length != 4) {
      throw new IllegalArgumentException("bbox wants minLon,minLat,maxLon,maxLat: " + s);
    }
    return new BoundingBox(
        Double.parseDouble(p[1].trim()),
        Double.parseDouble(p[0].trim()),
        Double.parseDouble(p[3].trim()),
        Double.parseDouble(p[2].trim()));
  }
}
