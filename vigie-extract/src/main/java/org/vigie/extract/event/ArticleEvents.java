package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.extract.parse.CasualtyMention;
import org.vigie.extract.parse.TimeMention;
import org.vigie.model.ActorRef;
import org.vigie.model.Diagnostic;
import org.vigie.model.Event;
import org.vigie.model.Intention;
import org.vigie.model.Span;
import org.vigie.model.Statistic;
import org.vigie.text.TokenizedText;

/** The records of one article after merging: events, statistics, intentions. */
public record ArticleEvents(
    List<Event> events,
    List<Statistic> statistics,
    List<Intention> intentions,
    List<Diagnostic> diagnostics) {

  public static ArticleEvents of(
      EventAssembler.Result r, Annotations a, EventFactory factory, String sha, String outlet) {
    TokenizedText tt = a.text();
    List<long[]> narrative = new ArrayList<>();
    for (org.vigie.extract.parse.TimeMention t : a.times()) {
      if (t.isDay() && "day".equals(t.precision())) {
        narrative.add(new long[] {t.from(), t.start().toEpochDay()});
      }
    }
    org.vigie.geo.ResolvedPlace leadPlace =
        a.places().stream().filter(p -> p.precision() <= 2).findFirst().orElse(null);
    org.vigie.geo.ResolvedPlace leadArea =
        a.places().stream()
            .filter(p -> p.place() != null && !p.place().isCountry())
            .findFirst()
            .orElse(null);
    List<Draft> merged =
        ProtestInterventions.fold(
            MentionMerger.inheritLeadArea(
                MentionMerger.merge(r.drafts(), a.anchor(), narrative, leadPlace), leadArea));
    boolean conflict =
        merged.stream()
            .anyMatch(d -> "discrete".equals(d.scope) && ConflictTypes.isConflict(d.type));
    List<Event> events = new ArrayList<>();
    List<Statistic> stats = new ArrayList<>(leadTotals(merged, tt, outlet));
    for (Draft d : merged) {
      if ("aggregate".equals(d.scope)) {
        // the toll of a campaign ("61 killed in a series of raids") belongs to no one event: it is
        // kept as the campaign's statistic, never as the casualties of the aggregate record
        Statistic toll = campaignToll(d, tt, outlet);
        if (toll != null) {
          stats.add(toll);
        }
        d.casualties.clear();
      }
      if (!"discrete".equals(d.scope) && !"ASSAULT".equals(d.type)) {
        continue; // a word of support or a vow in passing is no record of its own
      }
      if (conflict && !ConflictTypes.isConflict(d.type)) {
        continue; // in a report of violence or protest, "demanding", "accused" are its context
      }
      events.add(factory.build(d, tt, sha, outlet, a.anchor()));
    }
    events.sort(
        Comparator.comparingInt(e -> e.evidence().isEmpty() ? 0 : e.evidence().get(0).start()));
    for (EventAssembler.StatisticDraft s : r.statistics()) {
      Figures f = Figures.of(s.figures(), tt, false);
      if (f.evidence().isEmpty()) {
        continue;
      }
      TimeMention since = s.since();
      String reportedBy = null;
      if (s.frame() != null) {
        reportedBy =
            s.frame().source() != null
                ? s.frame().source()
                : s.frame().speaker() != null ? s.frame().speaker().name() : null;
      }
      stats.add(
          new Statistic(
              "cumulative-toll",
              s.area() == null ? null : s.area().place().name(),
              since == null || since.start() == null ? null : since.start().toString(),
              f.killed(),
              f.injured(),
              f.missing(),
              reportedBy == null ? outlet : reportedBy,
              f.evidence()));
    }
    List<Intention> intentions = new ArrayList<>();
    for (EventAssembler.IntentionDraft i : r.intentions()) {
      intentions.add(
          new Intention(
              i.actor() == null ? null : new ActorRef(i.actor().id(), i.actor().name()),
              i.kind(),
              List.of(EventFactory.span(tt, i.from(), i.to()))));
    }
    return new ArticleEvents(events, stats, intentions, List.of());
  }

  /**
   * A lead that sums the events the report then tells one by one ("13 civilians killed in two
   * strikes" … 7 in the first, 6 in the second) gives a total, not one event's toll: a figure of an
   * event equal to the sum of the figures of two or more other events of the report is taken off
   * that event and kept as a statistic.
   */
  private static List<Statistic> leadTotals(List<Draft> drafts, TokenizedText tt, String outlet) {
    List<Draft> discrete = drafts.stream().filter(d -> "discrete".equals(d.scope)).toList();
    List<Statistic> out = new ArrayList<>();
    if (discrete.size() < 2) {
      return out;
    }
    for (String kind : List.of("killed", "injured")) {
      for (Draft d : discrete) {
        List<Integer> others = new ArrayList<>();
        for (Draft o : discrete) {
          Integer v = o == d ? null : lowest(o, kind);
          if (v != null && v > 0) {
            others.add(v);
          }
        }
        List<CasualtyMention> totals = new ArrayList<>();
        for (CasualtyMention c : d.casualties) {
          if (!kind.equals(c.kind()) || c.value() == null || c.subset()) {
            continue;
          }
          // the event's own detail counts too: "13 killed" then "7 in the first strike" merged
          List<Integer> pool = new ArrayList<>(others);
          for (CasualtyMention own : d.casualties) {
            if (own != c
                && kind.equals(own.kind())
                && own.value() != null
                && !own.subset()
                && own.sentence() > c.sentence()
                && own.value() < c.value()) {
              pool.add(own.value());
            }
          }
          if (pool.size() >= 2 && pool.size() <= 12 && sumOfTwoOrMore(pool, c.value())) {
            totals.add(c);
          }
        }
        if (!totals.isEmpty()) {
          d.casualties.removeAll(totals);
          for (CasualtyMention c : totals) {
            out.add(
                new Statistic(
                    "lead-total",
                    null,
                    null,
                    "killed".equals(kind) ? c.value() : null,
                    "injured".equals(kind) ? c.value() : null,
                    null,
                    outlet,
                    List.of(EventFactory.span(tt, c.from(), c.to()))));
          }
        }
      }
    }
    return out;
  }

  private static Integer lowest(Draft d, String kind) {
    Integer low = null;
    for (CasualtyMention c : d.casualties) {
      if (kind.equals(c.kind()) && c.value() != null && !c.subset()) {
        low = low == null ? c.value() : Math.min(low, c.value());
      }
    }
    return low;
  }

  private static boolean sumOfTwoOrMore(List<Integer> values, int target) {
    int n = values.size();
    for (int mask = 0; mask < (1 << n); mask++) {
      if (Integer.bitCount(mask) < 2) {
        continue;
      }
      int sum = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          sum += values.get(i);
        }
      }
      if (sum == target) {
        return true;
      }
    }
    return false;
  }

  private static Statistic campaignToll(Draft d, TokenizedText tt, String outlet) {
    Figures f = Figures.of(d.casualties, tt, true);
    if (f.evidence().isEmpty()) {
      return null;
    }
    return new Statistic(
        "campaign-toll",
        d.place == null || d.place.place() == null ? null : d.place.place().name(),
        d.start == null ? null : d.start.toString(),
        f.killed(),
        f.injured(),
        f.missing(),
        outlet,
        f.evidence());
  }

  /** The first figure of each kind among casualty mentions, and their evidence. */
  private record Figures(Integer killed, Integer injured, Integer missing, List<Span> evidence) {
    static Figures of(List<CasualtyMention> mentions, TokenizedText tt, boolean skipSubsets) {
      Integer killed = null;
      Integer injured = null;
      Integer missing = null;
      List<Span> ev = new ArrayList<>();
      for (CasualtyMention c : mentions) {
        if (c.value() == null || skipSubsets && c.subset()) {
          continue;
        }
        switch (c.kind()) {
          case "killed" -> killed = killed == null ? c.value() : killed;
          case "injured" -> injured = injured == null ? c.value() : injured;
          case "missing" -> missing = missing == null ? c.value() : missing;
          default -> {}
        }
        ev.add(EventFactory.span(tt, c.from(), c.to()));
      }
      return new Figures(killed, injured, missing, ev);
    }
  }
}
