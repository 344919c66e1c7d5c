package org.vigie.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.extract.Extractor;
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
 * A deterministic stand-in for the extractor while the real pipeline is not there: it reads events
 * written into the text as {@code [ev type=ASSAULT mode=drone date=2024-08-25 place=Kidal lat=18.44
 * lon=1.41 cc=ML a1=mali-army t=civilians killed=20]}, and for any other text makes one event from
 * a few conflict words, so that the eval texts produce events too.
 */
public final class TaggedTextExtractor implements Extractor {
  private static final Pattern TAG = Pattern.compile("\\[ev ([^\\]]*)]");
  private static final Pattern WORD =
      Pattern.compile("(?i)\\b(killed|attack|strike|bomb|tués?|attaque|frappe)\\b|قتل|هجوم");
  private static final String[][] PLACES = {
    {"Gaza", "31.5", "34.47", "PS"},
    {"Kidal", "18.44", "1.41", "ML"},
    {"Mosul", "36.34", "43.13", "IQ"},
    {"Aleppo", "36.2", "37.16", "SY"},
  };

  @Override
  public ArticleResult extract(Article a) {
    String text = a.text();
    List<Event> events = new ArrayList<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      events.add(event(fields(m.group(1)), Span.of(text, m.start(), m.end()), a));
    }
    if (events.isEmpty()) {
      Matcher w = WORD.matcher(text);
      if (w.find() && a.published() != null) {
        String[] p = PLACES[Math.floorMod(text.length(), PLACES.length)];
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", "ASSAULT");
        f.put("date", a.published().toString());
        f.put("place", p[0]);
        f.put("lat", p[1]);
        f.put("lon", p[2]);
        f.put("cc", p[3]);
        events.add(event(f, Span.of(text, w.start(), w.end()), a));
      }
    }
    String published = a.published() == null ? null : a.published().toString();
    ArticleInfo info =
        new ArticleInfo(
            a.id(),
            a.url(),
            a.outlet(),
            a.title(),
            a.language(),
            published,
            published == null ? "none" : "given",
            ContentHash.sha256(text),
            text.length(),
            null);
    return new ArticleResult(ArticleResult.SCHEMA, info, events, List.of(), List.of(), List.of());
  }

  private static Map<String, String> fields(String s) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String kv : s.trim().split("\\s+")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        f.put(kv.substring(0, eq), kv.substring(eq + 1).replace('_', ' '));
      }
    }
    return f;
  }

  private static Event event(Map<String, String> f, Span span, Article a) {
    List<Span> ev = List.of(span);
    List<EventActor> actors = new ArrayList<>();
    if (f.containsKey("a1")) {
      actors.add(actor("actor1", f.get("a1"), ev));
    }
    if (f.containsKey("t")) {
      actors.add(actor("target", f.get("t"), ev));
    }
    boolean countryOnly = !f.containsKey("lat");
    Location loc =
        new Location(
            f.getOrDefault("place", f.get("cc")),
            countryOnly ? null : "test:" + f.get("place"),
            countryOnly ? null : Double.valueOf(f.get("lat")),
            countryOnly ? null : Double.valueOf(f.get("lon")),
            f.get("cc"),
            null,
            countryOnly ? "A" : "P",
            countryOnly ? "PCLI" : "PPL",
            countryOnly ? 3 : 1,
            countryOnly ? "country-only" : "named",
            null,
            null,
            ev);
    String date = f.get("date");
    EventDate d = date == null ? null : new EventDate(date, date, "day", "explicit", null, ev);
    Count killed = null;
    if (f.containsKey("killed")) {
      int k = Integer.parseInt(f.get("killed"));
      killed = new Count(k, k, k, "exact", List.of(new CountReport(k, "exact", a.outlet(), ev)));
    }
    return new Event(
        null,
        Event.DISCRETE,
        f.get("type"),
        f.get("mode"),
        null,
        actors,
        loc,
        d,
        new Casualties(killed, null, null, null, null),
        null,
        new Attribution(a.outlet(), null, null, "report", "reported", List.of()),
        "unknown",
        null,
        0.7,
        "test-tag",
        ev,
        null);
  }

  private static EventActor actor(String role, String id, List<Span> ev) {
    return new EventActor(role, id, id.replace('-', ' '), null, null, null, true, ev);
  }
}
