package org.vigie.extract.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.extract.actor.Actor;
import org.vigie.extract.actor.ActorRegistry;
import org.vigie.extract.parse.CasualtyMention;
import org.vigie.extract.parse.Frame;
import org.vigie.geo.ResolvedPlace;
import org.vigie.model.Acled;
import org.vigie.model.ActorRef;
import org.vigie.model.Attribution;
import org.vigie.model.Casualties;
import org.vigie.model.Count;
import org.vigie.model.CountReport;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.EventDate;
import org.vigie.model.Location;
import org.vigie.model.Span;
import org.vigie.model.TargetCount;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Turns merged drafts into the immutable event records of the output contract: canonical actors
 * with roles, the place, the date, casualty reports and the value counted, the attribution and its
 * status, ACLED mapping, a neutral summary, a stable id, and evidence spans into the original text.
 */
public final class EventFactory {
  private final ActorRegistry registry;
  private final AcledMapper acled;

  public EventFactory(ActorRegistry registry, AcledMapper acled) {
    this.registry = registry;
    this.acled = acled;
  }

  public Event build(
      Draft d, TokenizedText tt, String articleSha, String outlet, java.time.LocalDate anchor) {
    String text = tt.text().original();
    List<Span> trig = new ArrayList<>();
    for (int[] t : d.triggers) {
      trig.add(span(tt, t[0], t[1]));
    }
    String country =
        d.place != null && d.place.place() != null
            ? d.place.place().country()
            : d.countries.stream().findFirst().orElse(null);
    List<EventActor> actors = new ArrayList<>();
    Draft.Sourced<Actor> first = d.actor1 != null ? d.actor1 : defaultActor(d);
    first = asCrowd(d, first);
    if (first != null) {
      actors.add(actor("actor1", first, tt, country));
    }
    boolean civiliansTarget = false;
    for (Draft.Sourced<Actor> t : d.targets) {
      String role =
          d.twoSided && actors.stream().noneMatch(a -> a.role().equals("actor2"))
              ? "actor2"
              : "target";
      EventActor ea = actor(role, t, tt, country);
      actors.add(ea);
      civiliansTarget |= "civilians".equals(t.value().type());
    }
    Location location = location(d, tt);
    EventDate date = date(d, tt, anchor);
    Casualties casualties = casualties(d, tt);
    if (d.targets.isEmpty() && victimsUnnamed(d, casualties)) {
      Actor civilians = registry.byId("civilians");
      if (civilians != null) {
        actors.add(actor("target", new Draft.Sourced<>(civilians, -1, -1), tt, country));
        civiliansTarget = true;
      }
    }
    Attribution attribution = attribution(d, tt, outlet);
    List<String> conditions = new ArrayList<>();
    if ("intercepted".equals(d.outcome)) {
      conditions.add("intercepted");
    }
    if (civiliansTarget) {
      conditions.add("civilians-target");
    }
    if (d.twoSided) {
      conditions.add("two-sided");
    }
    Acled mapped = acled.map(d.type, d.mode, conditions);
    TargetCount targets =
        d.targetCount == null
            ? null
            : new TargetCount(d.targetCount, List.of(span(tt, d.targetCountFrom, d.targetCountTo)));
    List<String> flags = new ArrayList<>();
    if (d.weekdayConflict) {
      flags.add("weekday-date-conflict");
    }
    if (d.actor1 != null && !d.actor1.value().registered()) {
      flags.add("actor-not-in-registry");
    }
    String id = id(articleSha, d);
    return new Event(
        id,
        d.scope,
        d.type,
        d.mode,
        mapped,
        actors,
        location,
        date,
        casualties,
        targets,
        attribution,
        d.outcome,
        summary(d, actors, location, attribution),
        confidence(d),
        d.rule,
        trig,
        flags,
        d.countries.size() > 1 || location == null ? List.copyOf(d.countries) : List.of());
  }

  /**
   * Who acts when the text names no one, by coders' convention: the protesters of a protest, the
   * rioters of a riot, an unidentified armed group for a bombing or shooting (not for an air or
   * drone strike, whose owner the text usually implies), with no evidence span of its own.
   */
  private Draft.Sourced<Actor> defaultActor(Draft d) {
    String id = null;
    if ("PROTEST".equals(d.type)) {
      id = "riot".equals(d.mode) ? "rioters" : "protesters";
    } else if ("ASSAULT".equals(d.type)
        && !"intercepted".equals(d.outcome)
        && !"drone".equals(d.mode)
        && !"aerial".equals(d.mode)
        && "discrete".equals(d.scope)) {
      id = "unidentified-armed-group";
    }
    Actor a = id == null ? null : registry.byId(id);
    return a == null ? null : new Draft.Sourced<>(a, -1, -1);
  }

  /**
   * Coders' convention: the dead and wounded of an attack whom the text names by no group ("34
   * morts", "killed 12 people", «مقتل 5 أشخاص») are civilians. Soldiers, fighters or police among
   * the victims are named as such, and the actor finder makes them the target.
   */
  private static boolean victimsUnnamed(Draft d, Casualties c) {
    return "ASSAULT".equals(d.type)
        && Event.DISCRETE.equals(d.scope)
        && !"intercepted".equals(d.outcome)
        && !d.twoSided
        && (c.killed() != null && c.killed().value() > 0
            || c.injured() != null && c.injured().value() > 0);
  }

  /**
   * Coders name the crowd by what it does, not who it is: residents, villagers or women who
   * demonstrate are "Protesters (Country)", "Rioters" when the protest turns violent or when they
   * attack someone themselves (mob violence); the words of the text stay the evidence.
   */
  private Draft.Sourced<Actor> asCrowd(Draft d, Draft.Sourced<Actor> first) {
    if (!("PROTEST".equals(d.type) || "ASSAULT".equals(d.type))
        || first == null
        || !"civilians".equals(first.value().type())
        || first.from() < 0) {
      return first;
    }
    // residents who beat a gendarme or youths who clash with villagers: mob violence, a riot
    boolean riot = "riot".equals(d.mode) || "ASSAULT".equals(d.type);
    Actor crowd = registry.byId(riot ? "rioters" : "protesters");
    return crowd == null ? first : new Draft.Sourced<>(crowd, first.from(), first.to());
  }

  private EventActor actor(String role, Draft.Sourced<Actor> s, TokenizedText tt, String country) {
    Actor a = s.value();
    if (a.isGeneric() && country != null) {
      a = a.in(country, registry.countryName(country));
    }
    String c = a.country() == null || a.country().isEmpty() ? null : a.country();
    if (s.from() < 0) {
      // a coder's default ("Protesters"), not words of the text: no evidence to show
      return new EventActor(
          role, a.id(), a.name(), a.type(), c, List.of(), a.registered(), List.of());
    }
    Span ev = span(tt, s.from(), s.to());
    return new EventActor(
        role, a.id(), a.name(), a.type(), c, List.of(ev.text()), a.registered(), List.of(ev));
  }

  private static Location location(Draft d, TokenizedText tt) {
    ResolvedPlace p = d.place;
    if (p == null) {
      return null;
    }
    List<Span> ev = new ArrayList<>();
    java.util.Set<String> aliases = new java.util.LinkedHashSet<>(p.aliasesUsed());
    if ("inherited".equals(d.placeBasis)) {
      if (d.samePlaceFrom >= 0) {
        ev.add(span(tt, d.samePlaceFrom, d.samePlaceTo));
      }
    } else {
      java.util.TreeMap<Integer, Span> spans = new java.util.TreeMap<>();
      spans.put(p.start(), Span.of(tt.text().original(), p.start(), p.end()));
      for (ResolvedPlace m : d.placeMentions) {
        spans.putIfAbsent(m.start(), Span.of(tt.text().original(), m.start(), m.end()));
        aliases.addAll(m.aliasesUsed());
      }
      ev.addAll(spans.values());
    }
    var place = p.place();
    return new Location(
        place.name(),
        place.id(),
        round(p.lat()),
        round(p.lon()),
        place.country(),
        place.admin1(),
        place.featureClass(),
        place.featureCode(),
        p.precision(),
        d.placeBasis,
        p.surface(),
        List.copyOf(aliases),
        ev);
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  private static EventDate date(Draft d, TokenizedText tt, java.time.LocalDate anchor) {
    if (d.start == null) {
      if (anchor == null || !"discrete".equals(d.scope)) {
        return null;
      }
      return new EventDate(
          anchor.toString(), anchor.toString(), "day", "publication", d.partOfDay, List.of());
    }
    List<Span> ev = d.dateFrom >= 0 ? List.of(span(tt, d.dateFrom, d.dateTo)) : List.of();
    return new EventDate(
        d.start.toString(),
        (d.end == null ? d.start : d.end).toString(),
        d.datePrecision,
        d.dateBasis,
        d.partOfDay,
        ev);
  }

  private static Casualties casualties(Draft d, TokenizedText tt) {
    Map<String, List<CountReport>> byKind = new LinkedHashMap<>();
    for (CasualtyMention c : d.casualties) {
      if (c.value() == null) {
        continue;
      }
      String source = sourceOf(d, c);
      byKind
          .computeIfAbsent(c.kind(), k -> new ArrayList<>())
          .add(
              new CountReport(
                  c.value(), c.qualifier(), source, List.of(span(tt, c.from(), c.to()))));
    }
    return new Casualties(
        count(byKind.get("killed")),
        count(byKind.get("injured")),
        count(byKind.get("missing")),
        count(byKind.get("abducted")),
        null);
  }

  private static String sourceOf(Draft d, CasualtyMention c) {
    for (Frame f : d.frames) {
      if (f.sentence() == c.sentence() && !"claim".equals(f.kind())) {
        if (f.source() != null) {
          return f.source();
        }
        if (f.speaker() != null) {
          return f.speaker().name();
        }
      }
    }
    return null;
  }

  private static Count count(List<CountReport> reports) {
    if (reports == null || reports.isEmpty()) {
      return null;
    }
    CountReport low = reports.get(0);
    int max = low.value();
    for (CountReport r : reports) {
      if (r.value() < low.value()) {
        low = r;
      }
      max = Math.max(max, r.value());
    }
    return new Count(low.value(), low.value(), max, low.qualifier(), List.copyOf(reports));
  }

  private static Attribution attribution(Draft d, TokenizedText tt, String outlet) {
    Actor perpetrator = d.actor1 == null ? null : d.actor1.value();
    Frame claim = null;
    Frame denial = null;
    Frame report = null;
    Frame confirm = null;
    boolean noClaim = false;
    for (Frame f : d.frames) {
      boolean bySelf =
          perpetrator != null && f.speaker() != null && f.speaker().id().equals(perpetrator.id());
      switch (f.kind()) {
        case "claim" -> claim = claim == null ? f : claim;
        case "deny" -> denial = denial == null ? f : denial;
        case "noclaim" -> noClaim = true;
        case "confirm" -> {
          if (bySelf) {
            claim = claim == null ? f : claim;
          } else {
            confirm = confirm == null ? f : confirm;
          }
        }
        default -> {
          if (bySelf) {
            claim = claim == null ? f : claim;
          } else {
            report = report == null ? f : report;
          }
        }
      }
    }
    String reportedBy = outlet;
    if (report != null) {
      reportedBy =
          report.source() != null
              ? report.source()
              : report.speaker() != null ? report.speaker().name() : outlet;
    }
    List<Span> ev = new ArrayList<>();
    if (claim != null && !noClaim) {
      Actor who = claim.speaker() != null ? claim.speaker() : perpetrator;
      ev.add(span(tt, claim.from(), claim.to()));
      Actor denier = null;
      for (Frame f : d.frames) {
        if ("deny".equals(f.kind())
            && f.speaker() != null
            && (who == null || !f.speaker().id().equals(who.id()))) {
          denier = f.speaker(); // a party denies what another claims or reports
          ev.add(span(tt, f.from(), f.to()));
        }
      }
      return new Attribution(
          reportedBy == null ? outlet : reportedBy,
          who == null ? null : new ActorRef(who.id(), who.name()),
          denier == null ? null : new ActorRef(denier.id(), denier.name()),
          "claim",
          "claimed",
          ev);
    }
    if (denial != null) {
      ev.add(span(tt, denial.from(), denial.to()));
      Actor who = denial.speaker() != null ? denial.speaker() : perpetrator;
      return new Attribution(
          reportedBy,
          null,
          who == null ? null : new ActorRef(who.id(), who.name()),
          "denial",
          "reported",
          ev);
    }
    if (confirm != null) {
      ev.add(span(tt, confirm.from(), confirm.to()));
      return new Attribution(
          confirm.speaker() != null ? confirm.speaker().name() : reportedBy,
          null,
          null,
          "confirmation",
          "reported",
          ev);
    }
    if (report != null) {
      ev.add(span(tt, report.from(), report.to()));
    }
    return new Attribution(reportedBy, null, null, "report", "reported", ev);
  }

  private static String summary(
      Draft d, List<EventActor> actors, Location location, Attribution attribution) {
    StringBuilder b = new StringBuilder();
    EventActor a1 = actors.stream().filter(a -> a.role().equals("actor1")).findFirst().orElse(null);
    b.append(a1 == null ? "Unidentified actor" : a1.name());
    b.append(": ");
    if (d.mode != null) {
      b.append(d.mode).append(' ');
    }
    b.append(d.type.toLowerCase(java.util.Locale.ROOT));
    List<String> targets = new ArrayList<>();
    for (EventActor a : actors) {
      if (!a.role().equals("actor1")) {
        targets.add(a.name());
      }
    }
    if (!targets.isEmpty()) {
      b.append(" against ").append(String.join(", ", targets));
    }
    if (location != null) {
      b.append(" in ").append(location.name());
      if (location.country() != null && location.precision() < 3) {
        b.append(" (").append(location.country()).append(')');
      }
    }
    if ("intercepted".equals(d.outcome)) {
      b.append(", intercepted");
    }
    if ("claimed".equals(attribution.status())) {
      b.append(", claimed by ")
          .append(
              attribution.claimedBy() == null ? "the perpetrator" : attribution.claimedBy().name());
    }
    return b.toString();
  }

  private static double confidence(Draft d) {
    double c = 0.4;
    if (d.hasDayDate()) {
      c += 0.15;
    }
    if (d.hasPrecisePlace()) {
      c += 0.15;
    }
    if (d.actor1 != null && d.actor1.value().registered()) {
      c += 0.1;
    }
    if (d.mode != null) {
      c += 0.05;
    }
    if (!d.weak) {
      c += 0.1;
    }
    return Math.min(0.95, Math.round(c * 100) / 100.0);
  }

  private static String id(String sha, Draft d) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String key = sha + "|" + d.scope + "|" + d.triggerFrom + "|" + d.type;
      byte[] h = md.digest(key.getBytes(StandardCharsets.UTF_8));
      return "ev-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Span span(TokenizedText tt, int fromToken, int toToken) {
    List<Token> tokens = tt.tokens();
    int s = tokens.get(fromToken).start();
    int e = tokens.get(toToken - 1).end();
    return Span.of(tt.text().original(), s, e);
  }
}
