package org.vigie.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.vigie.model.Event;
import org.vigie.model.Json;
import org.vigie.model.Span;
import org.vigie.store.ContentHash;

/**
 * A deterministic stand-in for the extractor, used only by {@link BlockPairsTest} (which needs
 * mentions at exact places and dates; the equivalence tests and the bench run the default
 * pipeline): it reads events written into the text as {@code [ev type=ASSAULT mode=drone
 * date=2024-08-25 place=Kidal lat=18.44 lon=1.41 cc=ML a1=mali-army t=civilians killed=20]}, and
 * for any other text makes one event from a few conflict words, so that the eval texts produce
 * events too.
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

  /**
   * Built as contract JSON and read back, not through the records' constructors: the model grows
   * fields, and a stand-in should not have to follow each one.
   */
  private static Event event(Map<String, String> f, Span span, Article a) {
    ObjectNode e = Json.mapper().createObjectNode();
    ArrayNode ev = Json.mapper().createArrayNode().addPOJO(span);
    e.put("scope", Event.DISCRETE);
    e.put("type", f.get("type"));
    e.put("mode", f.get("mode"));
    ArrayNode actors = e.putArray("actors");
    if (f.containsKey("a1")) {
      actors.add(actor("actor1", f.get("a1"), ev));
    }
    if (f.containsKey("t")) {
      actors.add(actor("target", f.get("t"), ev));
    }
    boolean countryOnly = !f.containsKey("lat");
    ObjectNode loc = e.putObject("location");
    loc.put("name", f.getOrDefault("place", f.get("cc")));
    loc.put("country", f.get("cc"));
    loc.put("precision", countryOnly ? 3 : 1);
    loc.put("basis", countryOnly ? "country-only" : "named");
    loc.set("evidence", ev);
    if (!countryOnly) {
      loc.put("gazetteerId", "test:" + f.get("place"));
      loc.put("lat", Double.parseDouble(f.get("lat")));
      loc.put("lon", Double.parseDouble(f.get("lon")));
      loc.put("featureClass", "P");
    }
    String date = f.get("date");
    if (date != null) {
      ObjectNode d = e.putObject("date");
      d.put("start", date);
      d.put("end", date);
      d.put("precision", "day");
      d.put("basis", "explicit");
      d.set("evidence", ev);
    }
    ObjectNode cas = e.putObject("casualties");
    if (f.containsKey("killed")) {
      int k = Integer.parseInt(f.get("killed"));
      ObjectNode c = cas.putObject("killed");
      c.put("value", k);
      c.put("min", k);
      c.put("max", k);
      c.put("qualifier", "exact");
      ObjectNode r = c.putArray("reports").addObject();
      r.put("value", k);
      r.put("qualifier", "exact");
      r.put("source", a.outlet());
      r.set("evidence", ev);
    }
    ObjectNode att = e.putObject("attribution");
    att.put("reportedBy", a.outlet());
    att.put("statement", "report");
    att.put("status", "reported");
    e.put("outcome", "unknown");
    e.put("confidence", 0.7);
    e.put("rule", "test-tag");
    e.set("evidence", ev);
    try {
      return Json.mapper().treeToValue(e, Event.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  private static ObjectNode actor(String role, String id, ArrayNode ev) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("role", role);
    o.put("id", id);
    o.put("name", id.replace('-', ' '));
    o.put("registered", true);
    o.set("evidence", ev);
    return o;
  }
}
