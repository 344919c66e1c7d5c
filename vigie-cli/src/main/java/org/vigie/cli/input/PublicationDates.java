package org.vigie.cli.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as found in corpora and page metadata: an ISO day, an ISO date-time
 * (with or without offset, also with a space instead of T), or an RFC 1123 date as in feeds and
 * HTTP headers. The day is the one written, in the publisher's own offset: that is the day the
 * article's "yesterday" and "on Monday" count from.
 */
public final class PublicationDates {
  private static final Pattern ISO_DAY_PREFIX =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d{2}:\\d{2}.*)");

  private PublicationDates() {}

  /** The date, or null when the value is not a recognisable date. */
  public static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.trim();
    Matcher m = ISO_DAY_PREFIX.matcher(s);
    if (m.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // not ISO; try the feed format
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
