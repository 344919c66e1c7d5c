package org.vigie.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.extract.Extractor;
import org.vigie.model.Acled;
import org.vigie.model.ActorRef;
import org.vigie.model.Article;
import org.vigie.model.ArticleInfo;
import org.vigie.model.ArticleResult;
import org.vigie.model.Attribution;
import org.vigie.model.Casualties;
import org.vigie.model.Count;
import org.vigie.model.CountReport;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.EventDate;
import org.vigie.model.Location;
import org.vigie.model.Span;
import org.vigie.store.ContentHash;

/**
 * A fast, deterministic stand-in for the real extractor, for tests and the scale bench: it reads
 * events written into the text as {@code {{ev type=ASSAULT; mode=drone; date=2024-08-25;
 * place=Tinzaouatene; lat=19.95; lon=2.93; cc=ML; a1=mali-army; a1n=Malian army; a2=civilians;
 * killed=20; claim=mali-army; status=claimed}}}. It does no language work at all.
 */
public final class MarkupExtractor implements Extractor {
  private static final Pattern MARK = Pattern.compile("\\{\\{ev ([^}]*)}}");

  @Override
  public ArticleResult extract(Article article) {
    String text = article.text();
    List<Event> events = new ArrayList<>();
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      Map<String, String> f = fields(m.group(1));
      Span span = Span.of(text, m.start(), m.end());
      events.add(event(f, span, events.size(), article));
    }
    String published = article.published() == null ? null : article.published().toString();
    ArticleInfo info =
        new ArticleInfo(
            article.id(),
            article.url(),
            article.outlet(),
            article.title(),
            article.language(),
            published,
            published == null ? "none" : "given",
            ContentHash.sha256(text),
            text.length(),
            null);
    return new ArticleResult(ArticleResult.SCHEMA, info, events, List.of(), List.of(), List.of());
  }

  private static Map<String, String> fields(String body) {
    Map<String, String> f = new HashMap<>();
    for (String part : body.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        f.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    return f;
  }

  private static Event event(Map<String, String> f, Span span, int index, Article a) {
    List<Span> ev = List.of(span);
    String date = f.getOrDefault("date", a.published() == null ? null : a.published().toString());
    String end = f.getOrDefault("end", date);
    EventDate d =
        date == null
            ? null
            : new EventDate(date, end, f.getOrDefault("precision", "day"), "explicit", null, ev);
    Double lat = f.containsKey("lat") ? Double.valueOf(f.get("lat")) : null;
    Double lon = f.containsKey("lon") ? Double.valueOf(f.get("lon")) : null;
    Location loc =
        f.containsKey("place") || f.containsKey("cc")
            ? new Location(
                f.get("place"),
                f.get("gaz"),
                lat,
                lon,
                f.containsKey("cc") ? f.get("cc").toUpperCase(Locale.ROOT) : null,
                f.get("admin1"),
                "P",
                "PPL",
                Integer.parseInt(f.getOrDefault("precision", lat == null ? "3" : "1")),
                "named",
                null,
                List.of(),
                ev)
            : null;
    List<EventActor> actors = new ArrayList<>();
    for (String role : List.of("a1", "a2")) {
      if (f.containsKey(role)) {
        String id = f.get(role);
        actors.add(
            new EventActor(
                role.equals("a1") ? "actor1" : "actor2",
                id,
                f.getOrDefault(role + "n", id),
                null,
                null,
                List.of(),
                true,
                ev));
      }
    }
    ActorRef claim = f.containsKey("claim") ? new ActorRef(f.get("claim"), f.get("claim")) : null;
    String status = f.getOrDefault("status", claim != null ? "claimed" : "reported");
    Attribution att =
        new Attribution(
            a.outlet(), claim, null, claim != null ? "claim" : "report", status, List.of());
    Casualties cas =
        new Casualties(count(f.get("killed"), ev), count(f.get("injured"), ev), null, null, null);
    String mode = f.get("mode");
    return new Event(
        "e" + index,
        f.getOrDefault("scope", Event.DISCRETE),
        f.getOrDefault("type", "ASSAULT"),
        mode,
        new Acled("Explosions/Remote violence", mode == null ? null : mode + " strike"),
        actors,
        loc,
        d,
        cas,
        null,
        att,
        "hit",
        f.get("summary"),
        Double.parseDouble(f.getOrDefault("conf", "0.7")),
        "markup",
        ev,
        List.of());
  }

  private static Count count(String v, List<Span> ev) {
    if (v == null) {
      return null;
    }
    int n = Integer.parseInt(v);
    return new Count(n, n, n, "exact", List.of(new CountReport(n, "exact", null, ev)));
  }

  /** Parses an ISO day or returns null: handy for callers building markup. */
  static LocalDate day(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
