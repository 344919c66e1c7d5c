package org.vigie.extract.parse;

import java.time.LocalDate;

/**
 * A time expression over tokens {@code [from, to)}, resolved when it can be.
 *
 * <ul>
 *   <li>{@code kind}: DATE (a day), MONTH, WEEK, PERIOD (recent months/weeks: an aggregate cue),
 *       SINCE (start of a span up to the anchor), RELATIVE_EVENT (days before/after another event,
 *       resolved at assembly), PART (a part of day only).
 *   <li>{@code basis}: explicit, weekday, relative, publication.
 *   <li>{@code relativeDays} and {@code appliesAfter} for RELATIVE_EVENT ("un jour après que": the
 *       clause after the cue is one day before the event the sentence is about).
 *   <li>{@code weekdayConflict}: the text gives a weekday that does not fall on the day number.
 * </ul>
 */
public record TimeMention(
    int from,
    int to,
    Kind kind,
    LocalDate start,
    LocalDate end,
    String precision,
    String basis,
    String partOfDay,
    int relativeDays,
    boolean appliesAfter,
    boolean explicitYear,
    boolean weekdayConflict) {

  public enum Kind {
    DATE,
    MONTH,
    WEEK,
    PERIOD,
    SINCE,
    RELATIVE_EVENT,
    PART
  }

  public boolean isDay() {
    return (kind == Kind.DATE) && start != null;
  }

  public TimeMention withPart(String part) {
    return new TimeMention(
        from,
        to,
        kind,
        start,
        end,
        precision,
        basis,
        part,
        relativeDays,
        appliesAfter,
        explicitYear,
        weekdayConflict);
  }
}
