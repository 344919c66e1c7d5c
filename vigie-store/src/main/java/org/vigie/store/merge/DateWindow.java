package org.vigie.store.merge;

import java.time.LocalDate;
import org.vigie.model.EventDate;

/** The days an event may have happened on, from its date or else the publication day. */
record DateWindow(LocalDate start, LocalDate end, boolean coarse) {

  static DateWindow of(Mention m) {
    EventDate d = m.event().date();
    LocalDate s = parse(d == null ? null : d.start());
    LocalDate e = parse(d == null ? null : d.end());
    if (s == null) {
      s = e != null ? e : m.published();
    }
    if (e == null || e.isBefore(s)) {
      e = s;
    }
    if (s == null) {
      return null;
    }
    boolean coarse =
        d == null || (d.precision() != null && !"day".equals(d.precision())) || e.isAfter(s);
    return new DateWindow(s, e, coarse);
  }

  /** Days between the two intervals; 0 when they overlap. */
  long gapDays(DateWindow o) {
    LocalDate laterStart = start.isAfter(o.start) ? start : o.start;
    LocalDate earlierEnd = end.isBefore(o.end) ? end : o.end;
    long gap = laterStart.toEpochDay() - earlierEnd.toEpochDay();
    return Math.max(0, gap);
  }

  private static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
