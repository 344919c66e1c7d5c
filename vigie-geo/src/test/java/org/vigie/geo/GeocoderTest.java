package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.geo.internal.Geo;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;
import org.vigie.text.Tokenizer;

class GeocoderTest {
  private static final Tokenizer TOKENIZER =
      new Tokenizer(
          Set.of("l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "lorsqu", "puisqu"),
          Set.of("m", "mm", "dr", "st", "mr", "mrs", "gen", "col", "lt", "sgt", "etc"));

  private static Geocoder geocoder;

  @BeforeAll
  static void load() {
    long t0 = System.nanoTime();
    geocoder = Geocoders.loadDefault();
    System.out.printf(
        "bundled gazetteer: %d places loaded in %d ms%n",
        geocoder.gazetteer().size(), (System.nanoTime() - t0) / 1_000_000);
  }

  static TokenizedText tok(String text) {
    return TOKENIZER.tokenize(TextNormalizer.normalize(text));
  }

  static List<ResolvedPlace> annotate(String text, String lang) {
    List<ResolvedPlace> r = geocoder.annotate(tok(text), lang);
    System.out.println(text);
    for (ResolvedPlace p : r) {
      System.out.printf(
          "  [%s] %s %s %.3f,%.3f p%d %s %s %s %.2f%n",
          p.surface(),
          p.place().id(),
          p.place().name(),
          p.lat(),
          p.lon(),
          p.precision(),
          p.basis(),
          p.relation(),
          p.aliasesUsed(),
          p.confidence());
    }
    return r;
  }

  static ResolvedPlace only(List<ResolvedPlace> r, String surfaceContains) {
    return r.stream()
        .filter(p -> p.surface().contains(surfaceContains))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention containing " + surfaceContains));
  }

  @Test
  void eilatThroughTheNameOneSideUses() {
    var r = annotate("Les Houthis ont revendiqué un tir de missile sur Umm Al-Rashrash.", "fr");
    ResolvedPlace p = only(r, "Rashrash");
    assertThat(p.place().id()).isEqualTo("geonames:295277");
    assertThat(p.aliasesUsed()).containsExactly("Umm Al-Rashrash");
    assertThat(p.precision()).isEqualTo(1);
    var ar = annotate("أعلنت القوات المسلحة استهداف أم الرشراش بصاروخ باليستي.", "ar");
    assertThat(only(ar, "الرشراش").place().id()).isEqualTo("geonames:295277");
  }

  @Test
  void airBaseByItsMediaName() {
    var fr =
        annotate(
            "Des roquettes ont visé la base aérienne d'Aïn al-Assad, dans l'ouest de l'Irak.",
            "fr");
    assertThat(only(fr, "Assad").place().id()).isEqualTo("ourairports:ORAA");
    assertThat(only(fr, "Assad").place().featureCode()).isEqualTo("AIRB");
    var ar = annotate("استهدفت طائرة مسيرة قاعدة عين الأسد في محافظة الأنبار.", "ar");
    assertThat(only(ar, "عين الأسد").place().id()).isEqualTo("ourairports:ORAA");
  }

  @Test
  void villageByItsProvince() {
    var r =
        annotate(
            "Des hommes armés ont attaqué le village de Kombori, province de la Kossi, faisant dix morts.",
            "fr");
    ResolvedPlace p = only(r, "Kombori");
    assertThat(p.place().id()).isEqualTo("geonames:2359224");
    assertThat(p.place().country()).isEqualTo("BF");
    assertThat(p.precision()).isEqualTo(1);
  }

  @Test
  void countrysideOfHasakah() {
    var r = annotate("قصفت طائرات مسيرة مواقع في ريف الحسكة الشمالي.", "ar");
    ResolvedPlace p = only(r, "الحسكة");
    assertThat(p.place().country()).isEqualTo("SY");
    assertThat(p.relation()).isEqualTo("countryside");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(p.basis()).isEqualTo("relative");
    var en = annotate("Clashes erupted in the countryside of Hasakah on Monday.", "en");
    assertThat(only(en, "Hasakah").place().country()).isEqualTo("SY");
    assertThat(only(en, "Hasakah").relation()).isEqualTo("countryside");
  }

  @Test
  void distanceAndBearingFromATown() {
    var r = annotate("L'attaque a eu lieu à 20 km au nord de Gao, au Mali.", "fr");
    ResolvedPlace p = only(r, "Gao");
    assertThat(p.place().country()).isEqualTo("ML");
    assertThat(p.surface()).isEqualTo("20 km au nord de Gao");
    assertThat(p.basis()).isEqualTo("relative");
    assertThat(p.relation()).isEqualTo("north");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(Geo.km(p.place().lat(), p.place().lon(), p.lat(), p.lon()))
        .isCloseTo(20, within(0.5));
    assertThat(p.lat()).isGreaterThan(p.place().lat());
  }

  @Test
  void ambiguousNameResolvedByTheArticlesOtherPlaces() {
    var lb =
        annotate(
            "Clashes in Tripoli left two dead; the army deployed from Beirut and Byblos.", "en");
    assertThat(only(lb, "Tripoli").place().country()).isEqualTo("LB");
    var ly =
        annotate(
            "Clashes in Tripoli left two dead; militias from Misrata and Zawiya joined.", "en");
    assertThat(only(ly, "Tripoli").place().country()).isEqualTo("LY");
  }

  @Test
  void countryOnlyMentionHasPrecisionThree() {
    var r = annotate("Une frappe de drone a été signalée en Syrie.", "fr");
    ResolvedPlace p = only(r, "Syrie");
    assertThat(p.place().isCountry()).isTrue();
    assertThat(p.place().country()).isEqualTo("SY");
    assertThat(p.precision()).isEqualTo(3);
  }

  @Test
  void noPlaceNoMention() {
    assertThat(annotate("Le ministre a déclaré mardi que les négociations continuaient.", "fr"))
        .isEmpty();
    assertThat(annotate("Officials said on Monday that talks would continue.", "en")).isEmpty();
  }

  @Test
  void arabicCliticsAreStripped() {
    var r = annotate("سقط صاروخ بإيلات وانفجرت عبوة في الحسكة.", "ar");
    assertThat(only(r, "إيلات").place().id()).isEqualTo("geonames:295277");
    assertThat(only(r, "الحسكة").place().country()).isEqualTo("SY");
  }

  @Test
  void curatedPlacesAndRegions() {
    var r = annotate("A drone attack on Tower 22 in Jordan killed three US soldiers.", "en");
    assertThat(only(r, "Tower 22").place().id()).isEqualTo("vigie:tower-22");
    var g = annotate("Israeli strikes hit the Gaza Strip and southern Lebanon overnight.", "en");
    assertThat(only(g, "Gaza").place().country()).isEqualTo("PS");
    assertThat(only(g, "Gaza").precision()).isEqualTo(3);
    var m =
        annotate(
            "Les affrontements ont eu lieu à Tinzaouatène, près de la frontière algérienne.", "fr");
    assertThat(only(m, "Tinzaouat").place().country()).isEqualTo("ML");
  }

  @Test
  void provinceNamedAfterATown() {
    var r = annotate("Airstrikes hit villages in Hasakah province.", "en");
    ResolvedPlace p = only(r, "Hasakah");
    assertThat(p.place().featureCode()).isEqualTo("ADM1");
    assertThat(p.precision()).isEqualTo(3);
  }

  @Test
  void emptyAndPunctuationOnlyTextsGiveNothing() {
    assertThat(geocoder.annotate(tok(""), "fr")).isEmpty();
    assertThat(geocoder.annotate(tok(" ... !! "), "ar")).isEmpty();
  }

  @Test
  void sharedGeocoderIsSafeAcrossThreads() throws Exception {
    String text = "Des frappes ont visé Gao et Kidal, au Mali, puis Tripoli et Benghazi en Libye.";
    List<ResolvedPlace> expected = geocoder.annotate(tok(text), "fr");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<ResolvedPlace>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> geocoder.annotate(tok(text), "fr")));
      }
      for (var r : runs) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).extracting(p -> p.place().country()).containsOnly("ML", "LY");
  }

  @Test
  void resolvesAGivenSpanInTheArticlesContext() {
    String text = "Clashes near Tripoli and Beirut.";
    int start = text.indexOf("Tripoli");
    var r =
        geocoder.resolveSpans(
            tok(text), "en", List.of(new int[] {start, start + "Tripoli".length()}));
    assertThat(r.get(0)).isPresent();
    assertThat(r.get(0).get().place().country()).isEqualTo("LB");
  }
}
