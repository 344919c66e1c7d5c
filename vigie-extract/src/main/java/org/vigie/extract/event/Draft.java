package org.vigie.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.extract.actor.Actor;
import org.vigie.extract.parse.CasualtyMention;
import org.vigie.extract.parse.Frame;
import org.vigie.geo.ResolvedPlace;

/**
 * An event while it is being assembled and merged inside one article. Mutable on purpose and
 * confined to one extraction call; the pipeline turns it into an immutable {@code Event}.
 */
final class Draft {
  /** Where a field came from, for the evidence of the final record. */
  record Sourced<T>(T value, int from, int to) {}

  String scope = "discrete";
  String type;
  String mode;
  int modeRank = -1;
  Sourced<String> modeEvidence;
  String outcome = "unknown";
  String rule;
  int sentence;
  int triggerFrom;
  List<int[]> triggers = new ArrayList<>();
  Sourced<Actor> actor1;
  List<Sourced<Actor>> targets = new ArrayList<>();
  List<Sourced<Actor>> associated = new ArrayList<>();
  ResolvedPlace place;

  /** Every mention of the chosen place, under any of its names ("Eilat", "Umm Al-Rashrash"). */
  List<ResolvedPlace> placeMentions = new ArrayList<>();

  String placeBasis;
  Set<String> countries = new LinkedHashSet<>();
  LocalDate start;
  LocalDate end;
  String datePrecision;
  String dateBasis;
  String partOfDay;
  int dateFrom = -1;
  int dateTo = -1;
  int relativeDays;

  /** The date was taken from the narrative, not told for this mention: it anchors nothing. */
  boolean inheritedDate;

  boolean relativeToEvent;
  boolean weekdayConflict;
  List<CasualtyMention> casualties = new ArrayList<>();
  List<Frame> frames = new ArrayList<>();
  Integer targetCount;
  int targetCountFrom = -1;
  int targetCountTo = -1;
  boolean distinct;
  boolean samePlace;
  int samePlaceFrom = -1;
  int samePlaceTo = -1;
  boolean lead;

  /** Set aside by a cue of cause ("in response to", "en représailles à"). */
  boolean causeCue;

  /** Set aside as background only because nothing dates or places it. */
  boolean unanchored;

  boolean plural;

  /**
   * A campaign only by its plural, after a definite determiner ("les frappes", "these attacks").
   */
  boolean definitePlural;

  boolean twoSided;

  /** Told as a defeat one side suffered against the other: a battle on the ground. */
  boolean defeat;

  boolean weak;

  boolean hasDayDate() {
    return start != null
        && !inheritedDate
        && ("day".equals(datePrecision) || "range".equals(datePrecision));
  }

  boolean hasPrecisePlace() {
    return place != null && place.precision() <= 2;
  }

  boolean anchored() {
    return hasDayDate()
        || hasPrecisePlace()
        || relativeToEvent
        || samePlace
        || casualties.stream().anyMatch(c -> c.value() != null);
  }
}
