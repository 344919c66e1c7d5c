package org.vigie.extract.event;

import java.util.Set;

/** The PLOVER types that are conflict events proper (violence, coercion, protest). */
final class ConflictTypes {
  private static final Set<String> CONFLICT = Set.of("ASSAULT", "COERCE", "PROTEST");

  /** Strikes from afar, which only armed forces deliver. */
  private static final Set<String> REMOTE_MODES = Set.of("drone", "aerial", "missile", "shelling");

  private ConflictTypes() {}

  static boolean isRemote(String mode) {
    return mode != null && REMOTE_MODES.contains(mode);
  }

  static boolean isConflict(String type) {
    return CONFLICT.contains(type);
  }
}
