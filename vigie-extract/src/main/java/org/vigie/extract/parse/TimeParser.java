package org.vigie.extract.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Finds and resolves time expressions in one pass over the tokens, using the language's time
 * lexicon (month and weekday names, relative words, parts of day, period and "since" cues): "lundi
 * 18 novembre 2024", "November 18, 2024", "18 تشرين الثاني", "18/11/2024", "2024-11-18",
 * "Saturday", "أمس", "dans la nuit de jeudi à vendredi", "au cours des derniers mois". Days without
 * a year take the year that puts them on or before the anchor (news reports look back).
 */
public final class TimeParser {
  private final String numericOrder;

  public TimeParser(String numericOrder) {
    this.numericOrder = numericOrder;
  }

  /**
   * The latest fully explicit date (day, month and year) in the text, the anchor of an article
   * without a publication date; null when there is none.
   */
  public LocalDate latestExplicitDate(TokenizedText tt, List<Match> lex) {
    LocalDate best = null;
    for (TimeMention m : parse(tt, lex, null)) {
      if (m.kind() == TimeMention.Kind.DATE
          && m.explicitYear()
          && "explicit".equals(m.basis())
          && (best == null || m.start().isAfter(best))) {
        best = m.start();
      }
    }
    return best;
  }

  public List<TimeMention> parse(TokenizedText tt, List<Match> lex, LocalDate anchor) {
    List<Token> tokens = tt.tokens();
    Map<Integer, Match> timeAt = new HashMap<>();
    for (Match m : lex) {
      if (m.category().equals("time")) {
        timeAt.merge(m.from(), m, (a, b) -> a.length() >= b.length() ? a : b);
      }
    }
    List<TimeMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TimeMention found = numericDate(tokens, i);
      if (found == null) {
        found = dayMonthYear(tokens, timeAt, i, anchor);
      }
      if (found == null) {
        found = monthDayYear(tokens, timeAt, i, anchor);
      }
      if (found == null) {
        found = lexical(tokens, timeAt, i, anchor);
      }
      if (found != null) {
        out.add(found);
        i = Math.max(found.to(), i + 1);
      } else {
        i++;
      }
    }
    return attachParts(out);
  }

  /** A weekday just before a day date ("lundi 18 novembre") is checked against it. */
  private TimeMention dayMonthYear(
      List<Token> tokens, Map<Integer, Match> timeAt, int i, LocalDate anchor) {
    int start = i;
    Integer weekday = null;
    Match wd = timeAt.get(i);
    int k = i;
    if (wd != null && wd.entry().has("weekday")) {
      weekday = Integer.parseInt(wd.get("weekday"));
      k = wd.to();
      if (k < tokens.size() && isArticle(tokens.get(k))) {
        k++;
      }
    }
    if (k >= tokens.size()) {
      return null;
    }
    Integer day = dayNumber(tokens, timeAt, k);
    if (day == null) {
      return null;
    }
    int afterDay =
        k
            + (timeAt.containsKey(k) && timeAt.get(k).entry().has("day")
                ? timeAt.get(k).length()
                : 1);
    if (afterDay < tokens.size() && isOrdinalSuffix(tokens.get(afterDay))) {
      afterDay++;
    }
    if (afterDay < tokens.size() && isArticle(tokens.get(afterDay))) {
      afterDay++; // "18 de noviembre", "le 3 du mois" style joiners
    }
    Match month = timeAt.get(afterDay);
    if (month == null || !month.entry().has("month")) {
      return null;
    }
    int end = month.to();
    Integer year = yearAt(tokens, end);
    if (year != null) {
      end++;
    }
    return build(start, end, day, Integer.parseInt(month.get("month")), year, weekday, anchor);
  }

  private TimeMention monthDayYear(
      List<Token> tokens, Map<Integer, Match> timeAt, int i, LocalDate anchor) {
    int start = i;
    Integer weekday = null;
    Match first = timeAt.get(i);
    int k = i;
    if (first != null && first.entry().has("weekday")) {
      weekday = Integer.parseInt(first.get("weekday"));
      k = first.to();
      if (k < tokens.size() && tokens.get(k).surface().equals(",")) {
        k++;
      }
      first = timeAt.get(k);
    }
    if (first == null || !first.entry().has("month")) {
      return null;
    }
    int month = Integer.parseInt(first.get("month"));
    int k2 = first.to();
    Integer day = k2 < tokens.size() ? dayNumber(tokens, timeAt, k2) : null;
    if (day == null) {
      // "March 2020", "en novembre 2024", "novembre": month precision
      Integer year = yearAt(tokens, k2);
      if (first.entry().has("weak") && year == null) {
        return null; // "mai", "may", "mars": month only with a year
      }
      int end = year != null ? k2 + 1 : k2;
      LocalDate s = resolveMonth(month, year, anchor);
      if (s == null) {
        return null;
      }
      return new TimeMention(
          start,
          end,
          TimeMention.Kind.MONTH,
          s,
          YearMonth.from(s).atEndOfMonth(),
          "month",
          "explicit",
          null,
          0,
          false,
          year != null,
          false);
    }
    int end = k2 + 1;
    if (end < tokens.size() && isOrdinalSuffix(tokens.get(end))) {
      end++;
    }
    if (end < tokens.size() && tokens.get(end).surface().equals(",")) {
      Integer y = yearAt(tokens, end + 1);
      if (y != null) {
        return build(start, end + 2, day, month, y, weekday, anchor);
      }
    }
    Integer year = yearAt(tokens, end);
    if (year != null) {
      end++;
    }
    return build(start, end, day, month, year, weekday, anchor);
  }

  private TimeMention build(
      int from, int to, int day, int month, Integer year, Integer weekday, LocalDate anchor) {
    LocalDate date;
    try {
      if (year != null) {
        date = LocalDate.of(year, month, day);
      } else if (anchor != null) {
        date = LocalDate.of(anchor.getYear(), month, day);
        if (date.isAfter(anchor.plusDays(7))) {
          date = date.minusYears(1);
        }
      } else {
        return null;
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    boolean conflict = weekday != null && date.getDayOfWeek().getValue() != weekday;
    if (conflict && year == null && anchor != null) {
      // "vendredi 14 septembre" in a report of Saturday 15 November, about that week: a wrong
      // month name, not a strike two months old. The weekday and the day number agree on a day
      // of the last month; that day is kept (still flagged).
      for (int back = 0; back <= 31; back++) {
        LocalDate d = anchor.minusDays(back);
        if (d.getDayOfMonth() == day && d.getDayOfWeek().getValue() == weekday) {
          date = d;
          break;
        }
      }
    }
    return new TimeMention(
        from,
        to,
        TimeMention.Kind.DATE,
        date,
        date,
        "day",
        "explicit",
        null,
        0,
        false,
        year != null,
        conflict);
  }

  /** 18/11/2024, 11/18/2024, 2024-11-18, 18.11.2024 — tokens glued without spaces. */
  private TimeMention numericDate(List<Token> tokens, int i) {
    if (i + 4 >= tokens.size() || !tokens.get(i).isNumber()) {
      return null;
    }
    Token a = tokens.get(i);
    Token s1 = tokens.get(i + 1);
    Token b = tokens.get(i + 2);
    Token s2 = tokens.get(i + 3);
    Token c = tokens.get(i + 4);
    if (!b.isNumber() || !c.isNumber() || !s1.surface().equals(s2.surface())) {
      return null;
    }
    String sep = s1.surface();
    if (!sep.equals("/") && !sep.equals("-") && !sep.equals(".")) {
      return null;
    }
    if (s1.nStart() != a.nEnd()
        || b.nStart() != s1.nEnd()
        || s2.nStart() != b.nEnd()
        || c.nStart() != s2.nEnd()) {
      return null;
    }
    int x = Integer.parseInt(a.fold());
    int y = Integer.parseInt(b.fold());
    int z = Integer.parseInt(c.fold());
    int year;
    int month;
    int day;
    if (a.fold().length() == 4) {
      year = x;
      month = y;
      day = z;
    } else if (c.fold().length() == 4) {
      year = z;
      if (x > 12) {
        day = x;
        month = y;
      } else if (y > 12) {
        month = x;
        day = y;
      } else if ("mdy".equals(numericOrder)) {
        month = x;
        day = y;
      } else {
        day = x;
        month = y;
      }
    } else {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return new TimeMention(
          i, i + 5, TimeMention.Kind.DATE, d, d, "day", "explicit", null, 0, false, true, false);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private TimeMention lexical(
      List<Token> tokens, Map<Integer, Match> timeAt, int i, LocalDate anchor) {
    Match m = timeAt.get(i);
    if (m == null) {
      return null;
    }
    var e = m.entry();
    if (e.has("weekday")) {
      int wd = Integer.parseInt(e.get("weekday"));
      // "dans la nuit de jeudi à vendredi": a range over two days
      int k = m.to();
      if (k + 1 < tokens.size() && isRangeJoiner(tokens.get(k))) {
        Match second = timeAt.get(k + 1);
        if (second != null && second.entry().has("weekday") && anchor != null) {
          int wd2 = Integer.parseInt(second.get("weekday"));
          LocalDate end = lastWeekday(anchor, wd2);
          LocalDate start = end.minusDays(((wd2 - wd) + 7) % 7 == 0 ? 1 : ((wd2 - wd) + 7) % 7);
          return new TimeMention(
              i,
              second.to(),
              TimeMention.Kind.DATE,
              start,
              end,
              "range",
              "weekday",
              null,
              0,
              false,
              false,
              false);
        }
      }
      if (anchor == null || e.has("weak")) {
        return null;
      }
      LocalDate d = lastWeekday(anchor, wd);
      return new TimeMention(
          i, m.to(), TimeMention.Kind.DATE, d, d, "day", "weekday", null, 0, false, false, false);
    }
    if (e.has("relday")) {
      if (anchor == null) {
        return null;
      }
      LocalDate d = anchor.plusDays(Integer.parseInt(e.get("relday")));
      return new TimeMention(
          i,
          m.to(),
          TimeMention.Kind.DATE,
          d,
          d,
          "day",
          "relative",
          e.get("part"),
          0,
          false,
          false,
          false);
    }
    if (e.has("relevent")) {
      return new TimeMention(
          i,
          m.to(),
          TimeMention.Kind.RELATIVE_EVENT,
          null,
          null,
          "day",
          "relative",
          null,
          Integer.parseInt(e.get("relevent")),
          "after".equals(e.get("applies")),
          false,
          false);
    }
    if (e.has("period")) {
      if (anchor == null) {
        return new TimeMention(
            i,
            m.to(),
            TimeMention.Kind.PERIOD,
            null,
            null,
            e.get("period"),
            "relative",
            null,
            0,
            false,
            false,
            false);
      }
      int back = e.getInt("back", 1);
      String unit = e.get("period");
      LocalDate start;
      LocalDate end = anchor;
      String precision;
      if (unit.equals("week")) {
        start = anchor.minusWeeks(back).with(DayOfWeek.MONDAY);
        if (back > 0 && e.has("exact")) {
          end = start.plusDays(6);
        }
        precision = "week";
      } else if (unit.equals("year")) {
        start = anchor.minusYears(back).withDayOfYear(1);
        precision = "month";
      } else {
        start = anchor.minusMonths(back).withDayOfMonth(1);
        if (e.has("exact")) {
          end = YearMonth.from(start).atEndOfMonth();
        }
        precision = "month";
      }
      TimeMention.Kind kind =
          e.has("aggregate")
              ? TimeMention.Kind.PERIOD
              : unit.equals("week") ? TimeMention.Kind.WEEK : TimeMention.Kind.MONTH;
      return new TimeMention(
          i, m.to(), kind, start, end, precision, "relative", null, 0, false, false, false);
    }
    if (e.has("since")) {
      return new TimeMention(
          i,
          m.to(),
          TimeMention.Kind.SINCE,
          null,
          anchor,
          "range",
          "explicit",
          null,
          0,
          false,
          false,
          false);
    }
    if (e.has("part")) {
      return new TimeMention(
          i,
          m.to(),
          TimeMention.Kind.PART,
          null,
          null,
          null,
          null,
          e.get("part"),
          0,
          false,
          false,
          false);
    }
    return null;
  }

  /**
   * Parts of day attach to the nearest day in the same sentence ("dans la matinée de ce lundi");
   * "depuis" attaches to the date that follows it ("depuis le 7 octobre 2023").
   */
  private static List<TimeMention> attachParts(List<TimeMention> in) {
    List<TimeMention> out = new ArrayList<>(in.size());
    for (int k = 0; k < in.size(); k++) {
      TimeMention m = in.get(k);
      if (m.kind() == TimeMention.Kind.SINCE && k + 1 < in.size()) {
        TimeMention next = in.get(k + 1);
        if (next.isDay() && next.from() - m.to() <= 2) {
          out.add(
              new TimeMention(
                  m.from(),
                  next.to(),
                  TimeMention.Kind.SINCE,
                  next.start(),
                  m.end(),
                  "range",
                  "explicit",
                  null,
                  0,
                  false,
                  next.explicitYear(),
                  false));
          k++;
          continue;
        }
      }
      if (m.kind() == TimeMention.Kind.PART) {
        TimeMention target = null;
        if (k + 1 < in.size() && in.get(k + 1).isDay() && in.get(k + 1).from() - m.to() <= 4) {
          target = in.get(k + 1);
          out.add(target.withPart(m.partOfDay()));
          k++;
          continue;
        }
        if (!out.isEmpty()
            && out.get(out.size() - 1).isDay()
            && m.from() - out.get(out.size() - 1).to() <= 3
            && out.get(out.size() - 1).partOfDay() == null) {
          TimeMention prev = out.remove(out.size() - 1);
          out.add(prev.withPart(m.partOfDay()));
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static LocalDate lastWeekday(LocalDate anchor, int weekday) {
    int delta = (anchor.getDayOfWeek().getValue() - weekday + 7) % 7;
    return anchor.minusDays(delta);
  }

  private static LocalDate resolveMonth(int month, Integer year, LocalDate anchor) {
    if (year != null) {
      return LocalDate.of(year, month, 1);
    }
    if (anchor == null) {
      return null;
    }
    LocalDate d = LocalDate.of(anchor.getYear(), month, 1);
    return d.isAfter(anchor) ? d.minusYears(1) : d;
  }

  private static Integer dayNumber(List<Token> tokens, Map<Integer, Match> timeAt, int k) {
    Match m = timeAt.get(k);
    if (m != null && m.entry().has("day")) {
      return Integer.parseInt(m.get("day")); // "1er", "premier"
    }
    Token t = tokens.get(k);
    if (!t.isNumber() || t.fold().length() > 2) {
      return null;
    }
    int d = Integer.parseInt(t.fold());
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Integer yearAt(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(k);
    if (t.isNumber() && t.fold().length() == 4) {
      int y = Integer.parseInt(t.fold());
      if (y >= 1900 && y <= 2100) {
        return y;
      }
    }
    return null;
  }

  private static boolean isArticle(Token t) {
    String f = t.fold();
    return f.equals("le") || f.equals("the") || f.equals("de") || f.equals("of") || f.equals(",");
  }

  private static boolean isOrdinalSuffix(Token t) {
    String f = t.fold();
    return f.equals("th") || f.equals("st") || f.equals("nd") || f.equals("rd") || f.equals("er");
  }

  private static boolean isRangeJoiner(Token t) {
    String f = t.fold();
    return f.equals("a")
        || f.equals("au")
        || f.equals("to")
        || f.equals("into")
        || f.equals("الى")
        || f.equals("-");
  }
}
