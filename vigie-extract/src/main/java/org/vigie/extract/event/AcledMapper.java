package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.vigie.extract.lexicon.DataFiles;
import org.vigie.model.Acled;

/**
 * Maps a Vigie type, mode and outcome to ACLED's event type and sub-event type, from the rule table
 * {@code acled-map.tsv} (first matching row wins; {@code *} matches anything).
 */
public final class AcledMapper {
  private record Rule(String type, String mode, String condition, Acled acled) {}

  private final List<Rule> rules;

  private AcledMapper(List<Rule> rules) {
    this.rules = rules;
  }

  public static AcledMapper loadDefault() {
    List<Rule> rules = new ArrayList<>();
    for (String line : DataFiles.lines("/org/vigie/extract/acled-map.tsv")) {
      String[] c = line.split("\t");
      rules.add(new Rule(c[0], c[1], c[2], new Acled(c[3], c[4])));
    }
    return new AcledMapper(List.copyOf(rules));
  }

  /**
   * @param conditions what holds of the event: "intercepted", "civilians-target", "two-sided"
   */
  public Acled map(String type, String mode, List<String> conditions) {
    for (Rule r : rules) {
      if (!r.type.equals("*") && !r.type.equals(type)) {
        continue;
      }
      if (!r.mode.equals("*") && !r.mode.equals(mode == null ? "-" : mode)) {
        continue;
      }
      if (!r.condition.equals("*") && !conditions.contains(r.condition)) {
        continue;
      }
      return r.acled;
    }
    return null;
  }
}
