package org.vigie.geo.internal;

/** Great-circle distance and offset on a spherical Earth (R = 6371 km). */
public final class Geo {
  private static final double R = 6371.0;

  private Geo() {}

  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = Math.PI / 180;
    double dLat = (lat2 - lat1) * r;
    double dLon = (lon2 - lon1) * r;
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return R * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** The point {@code km} away from (lat, lon) on an initial bearing in degrees from north. */
  public static double[] offset(double lat, double lon, double km, double bearingDeg) {
    double d = km / R;
    double t = Math.toRadians(bearingDeg);
    double p1 = Math.toRadians(lat);
    double l1 = Math.toRadians(lon);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
    double l2 =
        l1
            + Math.atan2(
                Math.sin(t) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    return new double[] {Math.toDegrees(p2), ((Math.toDegrees(l2) + 540) % 360) - 180};
  }
}
