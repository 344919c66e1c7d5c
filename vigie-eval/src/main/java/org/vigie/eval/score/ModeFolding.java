package org.vigie.eval.score;

import java.util.Locale;
import java.util.Map;

/**
 * The mode synonym groups of SCORING.md §4: {missile, rocket}, {artillery, shelling}, {explosives,
 * ied, bomb}, {aerial, airstrike, air}. Each word folds to the first of its group; other modes stay
 * as they are (lower-cased).
 */
public final class ModeFolding {
  private static final Map<String, String> GROUP =
      Map.ofEntries(
          Map.entry("rocket", "missile"),
          Map.entry("artillery", "shelling"),
          Map.entry("ied", "explosives"),
          Map.entry("bomb", "explosives"),
          Map.entry("airstrike", "aerial"),
          Map.entry("air", "aerial"));

  private ModeFolding() {}

  public static String fold(String mode) {
    if (mode == null) {
      return null;
    }
    String m = mode.trim().toLowerCase(Locale.ROOT);
    return GROUP.getOrDefault(m, m);
  }
}
