package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.model.Article;
import org.vigie.model.ArticleInfo;
import org.vigie.model.ArticleResult;
import org.vigie.model.Event;
import org.vigie.model.Json;
import org.vigie.model.Span;
import org.vigie.store.ContentHash;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.WriteMode;
import org.vigie.store.bench.MarkupExtractor;

/**
 * A small store in three languages. Each event's fields come from the store's markup extractor (the
 * real pipeline is not needed to test the server); its evidence spans are then pointed at the words
 * of a clean article text, as the real extractor would, so the page highlights words. The Arabic
 * text checks right-to-left display, the English one carries markup that must stay text.
 */
final class TestArticles {
  static final MarkupExtractor EXTRACTOR = new MarkupExtractor();

  private record Fixture(Article article, String markup, Map<String, String> evidence) {}

  private TestArticles() {}

  static Article article(String id, String outlet, String lang, String published, String body) {
    return new Article(
        id, body, LocalDate.parse(published), lang, "https://example.org/" + id, outlet, null);
  }

  private static List<Fixture> fixtures() {
    return List.of(
        new Fixture(
            article(
                "fr-rfi-tinz",
                "RFI",
                "fr",
                "2024-08-27",
                "Une frappe de drone a visé dimanche un rassemblement à Tinzaouatène, dans le nord"
                    + " du Mali. Les Forces armées maliennes ont revendiqué l'opération ; selon des"
                    + " sources locales, au moins 21 civils ont été tués."),
            "type=ASSAULT; mode=drone; date=2024-08-25; place=Tinzaouatène; lat=19.95; lon=2.93;"
                + " cc=ML; a1=mali-army; a1n=Forces armées maliennes; a2=civilians-mali;"
                + " a2n=civilians; killed=21; claim=mali-army; status=claimed;"
                + " summary=frappe de drone sur Tinzaouatène",
            Map.of(
                "trigger", "frappe de drone",
                "a1", "Forces armées maliennes",
                "a2", "civils",
                "place", "Tinzaouatène",
                "date", "dimanche",
                "killed", "au moins 21 civils ont été tués",
                "claim", "ont revendiqué")),
        new Fixture(
            article(
                "en-ap-kidal",
                "AP",
                "en",
                "2024-08-26",
                "Gunmen ambushed a Malian army convoy near Kidal on Sunday, killing three soldiers."
                    + " JNIM claimed the attack <script>alert('x')</script> in a statement."),
            "type=ASSAULT; mode=firearms; date=2024-08-25; place=Kidal; lat=18.44; lon=1.41;"
                + " cc=ML; a1=jnim; a1n=JNIM; a2=mali-army; a2n=Malian army; killed=3; claim=jnim;"
                + " status=claimed",
            Map.of(
                "trigger", "ambushed",
                "a1", "JNIM",
                "a2", "Malian army",
                "place", "Kidal",
                "date", "Sunday",
                "killed", "killing three soldiers",
                "claim", "claimed the attack")),
        new Fixture(
            article(
                "ar-jaz-sumy",
                "الجزيرة",
                "ar",
                "2025-04-14",
                "قتل 34 شخصا وأصيب 117 آخرون في قصف صاروخي روسي استهدف وسط مدينة سومي الأوكرانية"
                    + " يوم الأحد، بحسب السلطات المحلية."),
            "type=ASSAULT; mode=missile; date=2025-04-13; place=Sumy; lat=50.91; lon=34.80;"
                + " cc=UA; admin1=Sumy Oblast; a1=russia-military; a1n=Military Forces of Russia;"
                + " a2=civilians-ukraine; a2n=civilians; killed=34; injured=117",
            Map.of(
                "trigger", "قصف صاروخي",
                "a1", "روسي",
                "place", "سومي",
                "date", "يوم الأحد",
                "killed", "قتل 34 شخصا",
                "injured", "أصيب 117")),
        new Fixture(
            article(
                "en-bbc-kyiv",
                "BBC",
                "en",
                "2025-04-20",
                "Hundreds of protesters gathered in central Kyiv on Saturday to demand more air"
                    + " defence."),
            "type=PROTEST; date=2025-04-19; place=Kyiv; lat=50.45; lon=30.52; cc=UA;"
                + " a1=protesters-ukraine; a1n=Protesters",
            Map.of(
                "trigger", "gathered",
                "a1", "protesters",
                "place", "Kyiv",
                "date", "Saturday")));
  }

  static List<Article> all() {
    return fixtures().stream().map(Fixture::article).toList();
  }

  static List<ExtractedArticle> extracted() {
    List<ExtractedArticle> out = new ArrayList<>();
    for (Fixture f : fixtures()) {
      Article clean = f.article();
      Article marked =
          new Article(
              clean.id(),
              clean.text() + " {{ev " + f.markup() + "}}",
              clean.published(),
              clean.language(),
              clean.url(),
              clean.outlet(),
              clean.title());
      ArticleResult r = EXTRACTOR.extract(marked);
      String text = clean.text();
      List<Event> events = r.events().stream().map(e -> respan(e, text, f.evidence())).toList();
      ArticleInfo a = r.article();
      ArticleInfo info =
          new ArticleInfo(
              a.id(),
              a.url(),
              a.outlet(),
              a.title(),
              a.language(),
              a.published(),
              a.publishedBasis(),
              ContentHash.sha256(text),
              text.length(),
              null);
      ArticleResult cleanResult =
          new ArticleResult(
              r.schema(), info, events, r.statistics(), r.intentions(), r.diagnostics());
      out.add(ExtractedArticle.of(clean, cleanResult));
    }
    return out;
  }

  static void load(EventStore store) {
    store.write(extracted(), WriteMode.SKIP_KNOWN);
  }

  private static List<Span> span(String text, Map<String, String> evidence, String key) {
    String words = evidence.get(key);
    if (words == null) {
      return List.of();
    }
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in " + text);
    }
    return List.of(Span.of(text, at, at + words.length()));
  }

  /**
   * The event with its evidence moved onto the given words. Done on the JSON tree rather than
   * through the record constructors, so that fields added to the contract do not break it.
   */
  private static Event respan(Event e, String text, Map<String, String> ev) {
    ObjectNode n = Json.mapper().valueToTree(e);
    n.set("evidence", spans(text, ev, "trigger"));
    for (JsonNode a : n.withArray("actors")) {
      String key = a.get("role").asText().equals("actor1") ? "a1" : "a2";
      ((ObjectNode) a).set("evidence", spans(text, ev, key));
    }
    for (String[] f :
        new String[][] {{"location", "place"}, {"date", "date"}, {"attribution", "claim"}}) {
      if (n.get(f[0]) instanceof ObjectNode o) {
        o.set("evidence", spans(text, ev, f[1]));
      }
    }
    if (n.get("casualties") instanceof ObjectNode c) {
      for (String k : new String[] {"killed", "injured"}) {
        if (c.get(k) instanceof ObjectNode count) {
          for (JsonNode r : count.withArray("reports")) {
            ((ObjectNode) r).set("evidence", spans(text, ev, k));
          }
        }
      }
    }
    try {
      return Json.mapper().treeToValue(n, Event.class);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  private static ArrayNode spans(String text, Map<String, String> ev, String key) {
    return Json.mapper().valueToTree(span(text, ev, key));
  }
}
