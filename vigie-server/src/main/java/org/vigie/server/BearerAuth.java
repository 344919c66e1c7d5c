package org.vigie.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks {@code Authorization: Bearer …} against the configured token. */
final class BearerAuth {
  private static final String PREFIX = "Bearer ";

  private final byte[] token;

  BearerAuth(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  boolean configured() {
    return token != null;
  }

  /**
   * Throws 401 unless the header carries the token. The comparison takes the same time whatever
   * prefix matches, so the token cannot be guessed byte by byte from response times.
   */
  void require(String authorizationHeader, String what) {
    if (token == null) {
      throw new ApiException(
          401,
          what + " need an API token, and this server has none: start it with VIGIE_TOKEN set");
    }
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, PREFIX, 0, 7)) {
      throw new ApiException(401, what + " need the header 'Authorization: Bearer <token>'");
    }
    byte[] given =
        authorizationHeader.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw new ApiException(401, "wrong API token");
    }
  }
}
