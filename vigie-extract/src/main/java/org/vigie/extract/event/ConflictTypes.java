package org.vigie.extract.event;

import java.util.Set;

/** The PLOVER types that are conflict events proper (violence, coercion, protest). */
final class ConflictTypes {
  private static final Set<String> CONFLICT = Set.of("ASSAULT", "COERCE", "PROTEST");

  private ConflictTypes() {}

  static boolean isConflict(String type) {
    return CONFLICT.contains(type);
  }
}
