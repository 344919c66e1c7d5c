package org.vigie.store.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigie.model.ActorRef;
import org.vigie.model.Attribution;
import org.vigie.model.Casualties;
import org.vigie.model.Count;
import org.vigie.model.CountReport;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.EventDate;
import org.vigie.model.Location;
import org.vigie.store.ContentHash;

/**
 * Makes one event of the mentions of one group: every report kept, the most precise place and date,
 * the lowest credible casualty figure with every report, and an attribution status that becomes
 * {@code confirmed} only when independent outlets agree.
 *
 * <p>Every choice breaks ties by the canonical mention order, so the result depends only on the set
 * of mentions. Evidence spans are those of the mention each field comes from (the per-article spans
 * stay on the mentions).
 */
public final class EventFusion {
  private EventFusion() {}

  /** The stable id of a group: derived from its canonically first mention. */
  public static String eventId(List<Mention> group) {
    String first = group.stream().map(Mention::id).min(Comparator.naturalOrder()).orElseThrow();
    return "ev-" + ContentHash.sha256(first).substring(0, 20);
  }

  public static Event fuse(List<Mention> input) {
    if (input.isEmpty()) {
      throw new IllegalArgumentException("no mention to fuse");
    }
    List<Mention> ms = new ArrayList<>(input);
    ms.sort(Mention.CANONICAL);
    Event primary = ms.get(0).event();
    if (ms.size() == 1) {
      return primary.withId(eventId(ms));
    }
    List<Event> es = ms.stream().map(Mention::event).toList();

    String type = mostCommon(es.stream().map(Event::type).toList());
    String mode = mostCommon(es.stream().map(Event::mode).toList());
    Event modeSource =
        es.stream().filter(e -> Objects.equals(e.mode(), mode)).findFirst().orElse(primary);
    String scope =
        es.stream().anyMatch(e -> Event.DISCRETE.equals(e.scope()))
            ? Event.DISCRETE
            : es.stream().anyMatch(e -> Event.AGGREGATE.equals(e.scope()))
                ? Event.AGGREGATE
                : primary.scope();
    String outcome =
        es.stream().anyMatch(e -> "hit".equals(e.outcome()))
            ? "hit"
            : es.stream().anyMatch(e -> "intercepted".equals(e.outcome()))
                ? "intercepted"
                : primary.outcome();
    String summary =
        es.stream().map(Event::summary).filter(Objects::nonNull).findFirst().orElse(null);
    double miss = 1;
    for (Event e : es) {
      miss *= 1 - Math.max(0, Math.min(1, e.confidence()));
    }
    double confidence = Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000.0;
    TreeSet<String> flags = new TreeSet<>();
    es.forEach(e -> flags.addAll(e.flags() == null ? List.of() : e.flags()));

    return new Event(
        eventId(ms),
        scope,
        type,
        mode,
        modeSource.acled(),
        actors(es),
        location(es),
        date(es),
        casualties(es),
        es.stream().map(Event::targets).filter(Objects::nonNull).findFirst().orElse(null),
        attribution(ms),
        outcome,
        summary,
        confidence,
        primary.rule(),
        primary.evidence(),
        List.copyOf(flags));
  }

  private static String mostCommon(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : values) {
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Every actor once per role, first telling kept (canonical order). */
  private static List<EventActor> actors(List<Event> es) {
    Map<String, EventActor> byKey = new LinkedHashMap<>();
    for (Event e : es) {
      for (EventActor a : e.actors() == null ? List.<EventActor>of() : e.actors()) {
        String id = a.id() != null ? a.id() : String.valueOf(a.name()).toLowerCase(Locale.ROOT);
        byKey.putIfAbsent(a.role() + "|" + id, a);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** The most precise place: lowest precision number, then a gazetteer id, then coordinates. */
  private static Location location(List<Event> es) {
    Location best = null;
    for (Event e : es) {
      Location l = e.location();
      if (l != null && (best == null || placeRank(l) < placeRank(best))) {
        best = l;
      }
    }
    return best;
  }

  private static int placeRank(Location l) {
    int r = l.precision() * 4;
    if (l.gazetteerId() == null) {
      r += 2;
    }
    if (l.lat() == null) {
      r += 1;
    }
    return r;
  }

  /** The most precise date: day before week before month/range, explicit before inferred. */
  private static EventDate date(List<Event> es) {
    EventDate best = null;
    for (Event e : es) {
      EventDate d = e.date();
      if (d != null && d.start() != null && (best == null || dateRank(d) < dateRank(best))) {
        best = d;
      }
    }
    return best != null ? best : es.get(0).date();
  }

  private static int dateRank(EventDate d) {
    int p =
        switch (d.precision() == null ? "" : d.precision()) {
          case "day" -> 0;
          case "week" -> 1;
          case "range" -> 2;
          case "month" -> 3;
          default -> 4;
        };
    int b =
        switch (d.basis() == null ? "" : d.basis()) {
          case "explicit" -> 0;
          case "weekday" -> 1;
          case "relative" -> 2;
          case "inherited" -> 3;
          default -> 4;
        };
    return p * 10 + b;
  }

  private static Casualties casualties(List<Event> es) {
    List<Casualties> cs = es.stream().map(Event::casualties).filter(Objects::nonNull).toList();
    return new Casualties(
        count(cs.stream().map(Casualties::killed).toList()),
        count(cs.stream().map(Casualties::injured).toList()),
        count(cs.stream().map(Casualties::missing).toList()),
        count(cs.stream().map(Casualties::abducted).toList()),
        count(cs.stream().map(Casualties::attackersKilled).toList()));
  }

  /**
   * Each report's counted value is already its lowest credible figure; across reports the lowest of
   * those is kept, the range spans every report, and every report is listed once.
   */
  static Count count(List<Count> counts) {
    Count low = null;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    Map<String, CountReport> reports = new TreeMap<>();
    for (Count c : counts) {
      if (c == null) {
        continue;
      }
      if (low == null || c.value() < low.value()) {
        low = c;
      }
      min = Math.min(min, Math.min(c.min(), c.value()));
      max = Math.max(max, Math.max(c.max(), c.value()));
      List<CountReport> rs =
          c.reports() == null || c.reports().isEmpty()
              ? List.of(new CountReport(c.value(), c.qualifier(), null, List.of()))
              : c.reports();
      for (CountReport r : rs) {
        reports.putIfAbsent(r.value() + "|" + r.source(), r);
      }
    }
    if (low == null) {
      return null;
    }
    List<CountReport> ordered = new ArrayList<>(reports.values());
    ordered.sort(Comparator.comparingInt(CountReport::value));
    return new Count(low.value(), min, max, low.qualifier(), List.copyOf(ordered));
  }

  /**
   * {@code confirmed} when at least two outlets that are not the claimant's own channels report the
   * event (a claim relayed by one outlet is still a claim); otherwise {@code claimed} when a claim
   * is all there is, else the first report's status.
   */
  static Attribution attribution(List<Mention> ms) {
    Attribution first = null;
    ActorRef claimedBy = null;
    for (Mention m : ms) {
      Attribution a = m.event().attribution();
      if (a != null) {
        if (first == null) {
          first = a;
        }
        if (claimedBy == null && a.claimedBy() != null) {
          claimedBy = a.claimedBy();
        }
      }
    }
    TreeSet<String> independent = new TreeSet<>();
    boolean anyReport = false;
    for (Mention m : ms) {
      Attribution a = m.event().attribution();
      boolean claimOnly = a != null && "claim".equals(a.statement());
      if (m.outlet() == null || claimOnly || ownChannel(m.outlet(), claimedBy)) {
        continue;
      }
      anyReport = true;
      independent.add(normaliseOutlet(m.outlet()));
    }
    String status;
    if (independent.size() >= 2) {
      status = "confirmed";
    } else if (anyReport && first != null && "confirmed".equals(first.status())) {
      status = "confirmed";
    } else if (claimedBy != null && !anyReport) {
      status = "claimed";
    } else if (first != null && first.status() != null) {
      status = first.status();
    } else {
      status = claimedBy != null ? "claimed" : "reported";
    }
    if (first == null) {
      return new Attribution(null, claimedBy, null, "report", status, List.of());
    }
    return new Attribution(
        first.reportedBy(),
        claimedBy,
        first.deniedBy(),
        first.statement(),
        status,
        first.evidence());
  }

  /** An outlet run by the claimant (its name in the outlet's): not an independent source. */
  static boolean ownChannel(String outlet, ActorRef claimant) {
    if (claimant == null) {
      return false;
    }
    String o = normaliseOutlet(outlet);
    return (claimant.name() != null && o.contains(normaliseOutlet(claimant.name())))
        || (claimant.id() != null && o.contains(normaliseOutlet(claimant.id())));
  }

  /** Outlets compared case- and punctuation-blind; "RFI (via allAfrica)" counts as RFI. */
  static String normaliseOutlet(String outlet) {
    String o = outlet.toLowerCase(Locale.ROOT);
    int via = o.indexOf("(via");
    if (via > 0) {
      o = o.substring(0, via);
    }
    return o.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
