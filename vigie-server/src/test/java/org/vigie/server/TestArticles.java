package org.vigie.server;

import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.WriteMode;
import org.vigie.store.bench.MarkupExtractor;

/**
 * A small store in three languages. The events are spelled out in the store's markup (the real
 * pipeline is not needed to test the server); the Arabic and the HTML-laden texts check right-to-
 * left display and escaping.
 */
final class TestArticles {
  static final MarkupExtractor EXTRACTOR = new MarkupExtractor();

  private TestArticles() {}

  static Article article(String id, String outlet, String lang, String published, String body) {
    return new Article(
        id, body, LocalDate.parse(published), lang, "https://example.org/" + id, outlet, null);
  }

  static List<Article> all() {
    return List.of(
        article(
            "fr-rfi-tinz",
            "RFI",
            "fr",
            "2024-08-27",
            "Frappe de drone à Tinzaouatène dimanche. {{ev type=ASSAULT; mode=drone;"
                + " date=2024-08-25; place=Tinzaouatène; lat=19.95; lon=2.93; cc=ML;"
                + " a1=mali-army; a1n=Forces armées maliennes; a2=civilians-mali; killed=21;"
                + " summary=frappe de drone sur Tinzaouatène}} Le bilan reste incertain."),
        article(
            "en-ap-kidal",
            "AP",
            "en",
            "2024-08-26",
            "Gunmen ambushed a convoy near Kidal <script>alert('x')</script> on Sunday."
                + " {{ev type=ASSAULT; mode=firearms; date=2024-08-25; place=Kidal; lat=18.44;"
                + " lon=1.41; cc=ML; a1=jnim; a1n=JNIM; a2=mali-army; killed=3; claim=jnim;"
                + " status=claimed}}"),
        article(
            "ar-jaz-sumy",
            "الجزيرة",
            "ar",
            "2025-04-14",
            "قصف صاروخي على مدينة سومي الأوكرانية. {{ev type=ASSAULT; mode=missile;"
                + " date=2025-04-13; place=Sumy; lat=50.91; lon=34.80; cc=UA; admin1=Sumy Oblast;"
                + " a1=russia-military; a1n=Military Forces of Russia; a2=civilians-ukraine;"
                + " killed=34; injured=117}} وأفادت السلطات بسقوط قتلى."),
        article(
            "en-bbc-kyiv",
            "BBC",
            "en",
            "2025-04-20",
            "Protesters gathered in Kyiv. {{ev type=PROTEST; date=2025-04-19; place=Kyiv;"
                + " lat=50.45; lon=30.52; cc=UA; a1=protesters-ukraine; a1n=Protesters}}"));
  }

  static void load(EventStore store) {
    store.write(
        all().stream().map(a -> ExtractedArticle.of(a, EXTRACTOR.extract(a))).toList(),
        WriteMode.SKIP_KNOWN);
  }
}
