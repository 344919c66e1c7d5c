package org.vigie.store;

import java.time.LocalDate;
import org.vigie.model.Article;
import org.vigie.store.bench.MarkupExtractor;

/** Articles whose events are spelled out in markup, and their extraction. */
public final class Fixtures {
  public static final MarkupExtractor EXTRACTOR = new MarkupExtractor();

  private Fixtures() {}

  public static Article article(
      String id, String outlet, String lang, String published, String body) {
    return new Article(
        id, body, LocalDate.parse(published), lang, "https://example.org/" + id, outlet, null);
  }

  public static ExtractedArticle extracted(Article a) {
    return ExtractedArticle.of(a, EXTRACTOR.extract(a));
  }

  /** Tinzaouatène drone strike told by three outlets in two languages, plus unrelated events. */
  public static Article tinzFr1() {
    return article(
        "fr-rfi-tinz",
        "RFI",
        "fr",
        "2024-08-27",
        "Frappe de drone à Tinzaouatène dimanche. {{ev type=ASSAULT; mode=drone;"
            + " date=2024-08-25; place=Tinzaouatène; lat=19.95; lon=2.93; cc=ML;"
            + " a1=mali-army; a1n=Forces armées maliennes; a2=civilians-mali; killed=21;"
            + " summary=frappe de drone sur Tinzaouatène}}");
  }

  public static Article tinzFr2() {
    return article(
        "fr-lemonde-tinz",
        "Le Monde",
        "fr",
        "2024-08-26",
        "L'armée revendique. {{ev type=ASSAULT; mode=drone; date=2024-08-25;"
            + " place=Tinzaouatene; lat=19.96; lon=2.94; cc=ML; a1=mali-army;"
            + " a1n=Armée malienne; killed=20; claim=mali-army}}");
  }

  public static Article tinzEn() {
    return article(
        "en-ap-tinz",
        "AP",
        "en",
        "2024-08-26",
        "A drone strike in northern Mali. {{ev type=ASSAULT; mode=aerial; date=2024-08-25;"
            + " cc=ML; a1=mali-army; a1n=Malian army; a2=civilians-mali; killed=15}}");
  }

  public static Article sumy() {
    return article(
        "en-cm-sumy",
        "Cyprus Mail",
        "en",
        "2025-04-14",
        "Missiles hit Sumy. {{ev type=ASSAULT; mode=missile; date=2025-04-13; place=Sumy;"
            + " lat=50.91; lon=34.80; cc=UA; admin1=Sumy Oblast; a1=russia-military;"
            + " a1n=Military Forces of Russia; a2=civilians-ukraine; killed=34; injured=117}}");
  }

  public static Article sumyFr() {
    return article(
        "fr-rtl-sumy",
        "RTL Info",
        "fr",
        "2025-04-13",
        "Frappe sur Soumy. {{ev type=ASSAULT; mode=missile; date=2025-04-13; place=Soumy;"
            + " lat=50.9077; lon=34.7981; cc=UA; a1=russia-military; a1n=armée russe; killed=32}}");
  }

  /** Same day and country as Tinzaouatène but another place and perpetrator: not merged. */
  public static Article otherMali() {
    return article(
        "fr-rfi-kidal",
        "RFI",
        "fr",
        "2024-08-25",
        "Embuscade près de Kidal. {{ev type=ASSAULT; mode=firearms; date=2024-08-25; place=Kidal;"
            + " lat=18.44; lon=1.41; cc=ML; a1=jnim; a1n=JNIM; a2=mali-army; killed=3}}");
  }
}
