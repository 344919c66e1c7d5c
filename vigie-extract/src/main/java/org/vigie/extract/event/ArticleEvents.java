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
    List<Draft> merged =
        ProtestInterventions.fold(
            MentionMerger.merge(r.drafts(), a.anchor(), narrative, leadPlace));
    boolean conflict =
        merged.stream()
            .anyMatch(d -> "discrete".equals(d.scope) && ConflictTypes.isConflict(d.type));
    List<Event> events = new ArrayList<>();
    for (Draft d : merged) {
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
    List<Statistic> stats = new ArrayList<>();
    for (EventAssembler.StatisticDraft s : r.statistics()) {
      Integer killed = null;
      Integer injured = null;
      Integer missing = null;
      List<Span> ev = new ArrayList<>();
      for (CasualtyMention c : s.figures()) {
        if (c.value() == null) {
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
      if (ev.isEmpty()) {
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
              killed,
              injured,
              missing,
              reportedBy == null ? outlet : reportedBy,
              ev));
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
}
