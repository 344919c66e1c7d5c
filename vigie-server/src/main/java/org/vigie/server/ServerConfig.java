package org.vigie.server;

/**
 * How the server runs. {@code token} null means writes are refused (there is no safe default
 * token); {@code protectReads} puts the read endpoints behind the same token. {@code tileUrl} is an
 * optional online tile template ({@code …/{z}/{x}/{y}.png}); without it the map draws the bundled
 * country outlines only, so it works offline. {@code cacheEntries} bounds the cache of read answers
 * (0 turns it off, as the load test does to measure the store).
 */
public record ServerConfig(
    String host, int port, String token, boolean protectReads, String tileUrl, int cacheEntries) {

  /** Enough for the map and timeline queries of a few analysts panning at once. */
  public static final int DEFAULT_CACHE_ENTRIES = 512;

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_HOST = "127.0.0.1";

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (host == null || host.isBlank()) {
      host = DEFAULT_HOST;
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (tileUrl != null && tileUrl.isBlank()) {
      tileUrl = null;
    }
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("cacheEntries must be ≥ 0: " + cacheEntries);
    }
  }

  public ServerConfig(String host, int port, String token, boolean protectReads, String tileUrl) {
    this(host, port, token, protectReads, tileUrl, DEFAULT_CACHE_ENTRIES);
  }

  public ServerConfig withCacheEntries(int entries) {
    return new ServerConfig(host, port, token, protectReads, tileUrl, entries);
  }

  /** Loopback, a free port, the given token, open reads: what tests use. */
  public static ServerConfig forTests(String token) {
    return new ServerConfig(DEFAULT_HOST, 0, token, false, null);
  }

  public boolean writesEnabled() {
    return token != null;
  }
}
