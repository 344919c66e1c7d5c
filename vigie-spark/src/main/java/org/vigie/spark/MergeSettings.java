package org.vigie.spark;

/**
 * How the merge is cut: keys with more owners than {@code hotKeyThreshold} get {@code salts}
 * sub-blocks; up to {@code driverEdges} edges, components are found on the driver (one collect
 * instead of several propagation rounds of shuffles).
 */
public record MergeSettings(long hotKeyThreshold, int salts, long driverEdges) {
  public MergeSettings {
    if (salts < 1) {
      throw new IllegalArgumentException("salts must be at least 1");
    }
  }

  public static MergeSettings defaults() {
    return new MergeSettings(5000, 16, 500_000);
  }
}
