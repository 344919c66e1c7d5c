package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Country and area consistency, and common words that are not places (made-up sentences). */
class ContextResolutionTest {

  private static List<ResolvedPlace> annotate(String text, String lang, Set<String> hints) {
    List<ResolvedPlace> r = Geocoders.loadDefault().annotate(GeocoderTest.tok(text), lang, hints);
    System.out.println(text);
    r.forEach(p -> System.out.println("  [" + p.surface() + "] " + p.place() + " " + p.relation()));
    return r;
  }

  private static ResolvedPlace only(List<ResolvedPlace> r, String surface) {
    return GeocoderTest.only(r, surface);
  }

  @Test
  void adjectiveOfNationalityPicksTheReadingInThatCountry() {
    var r = annotate("Lebanese soldiers clashed with rioters in Tripoli.", "en", Set.of());
    assertThat(only(r, "Tripoli").place().country()).isEqualTo("LB");
  }

  @Test
  void countryHintsFromTheCallerPickTheReadingInThatCountry() {
    var r = annotate("Soldiers clashed with rioters in Tripoli.", "en", Set.of("LB"));
    assertThat(only(r, "Tripoli").place().country()).isEqualTo("LB");
    var none = annotate("Soldiers clashed with rioters in Tripoli.", "en", Set.of());
    assertThat(only(none, "Tripoli").place().country()).isEqualTo("LY");
  }

  @Test
  void aSmallHomonymAbroadFallsBackToTheAreaNamedAfterIt() {
    var r = annotate("Militiamen looted shops in Warder, Somali region, on Tuesday.", "en", null);
    ResolvedPlace w = only(r, "Warder");
    assertThat(w.place().country()).isEqualTo("ET");
    assertThat(w.precision()).isGreaterThanOrEqualTo(2);
    assertThat(w.basis()).isEqualTo("relative");

    var k = annotate("Gunmen raided Kara, Anambra, Nigeria, overnight.", "en", Set.of());
    assertThat(only(k, "Kara").place().country()).isEqualTo("NG");

    var y = annotate("Mortar rounds hit Yathrib in Saladin province.", "en", Set.of());
    assertThat(only(y, "Yathrib").place().country()).isEqualTo("IQ");
  }

  @Test
  void directionalShortFormsOfAdminAreas() {
    var r = annotate("Herders were attacked in Tawilah, North Darfur, Sudan.", "en", Set.of());
    assertThat(only(r, "North Darfur").place().featureCode()).isEqualTo("ADM1");
    assertThat(only(r, "Tawilah").place().country()).isEqualTo("SD");
  }

  @Test
  void commonWordsAreNotPlaces() {
    assertThat(annotate("The bank said the US dollar rose again.", "en", Set.of())).isEmpty();
    assertThat(annotate("Bank Saderat denied the report.", "en", Set.of())).isEmpty();
    var fr = annotate("Au Mali, la nouvelle est tombée hier.", "fr", Set.of());
    assertThat(fr).extracting(p -> p.place().country()).containsExactly("ML");
    assertThat(annotate("La nouvelle attaque a surpris les habitants.", "fr", Set.of())).isEmpty();
  }

  @Test
  void aStopWordBeforeAnAdminWordIsAnArea() {
    var r = annotate("Militants attacked a convoy in the Bay region.", "en", Set.of());
    assertThat(only(r, "Bay").place().country()).isEqualTo("SO");
  }

  @Test
  void aFamousCityResistsTheStorysCountry() {
    var r =
        annotate("The American senator flew from New York to London on Monday.", "en", Set.of());
    assertThat(only(r, "London").place().country()).isEqualTo("GB");
  }

  @Test
  void aSurnameSeenInAFullNameIsThePersonThroughoutTheArticle() {
    var r =
        annotate(
            "Shareholders questioned Margaret Bassett on Monday. Later, Bassett declined to"
                + " comment in Denver.",
            "en",
            Set.of());
    assertThat(r).extracting(ResolvedPlace::surface).containsExactly("Denver");
  }

  @Test
  void aSmallTownBeforeSaidIsAPerson() {
    var r = annotate("Bassett said the vote in Denver was fair.", "en", Set.of());
    assertThat(r).extracting(ResolvedPlace::surface).containsExactly("Denver");
  }

  @Test
  void aNounOfSettlementDoesNotHideTheAreaNamedAfterIt() {
    var r = annotate("Gunmen burned Iga village, Nasarawa state, overnight.", "en", Set.of());
    assertThat(only(r, "Iga").place().country()).isEqualTo("NG");
  }
}
