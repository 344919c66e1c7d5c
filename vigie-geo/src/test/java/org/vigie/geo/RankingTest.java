package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.geo.internal.Geo;

/**
 * Ranking of readings: areas against towns of the same name, "X, Y" containers, lists, and given
 * spans the gazetteer lacks (made-up sentences).
 */
class RankingTest {
  private static final Geocoder GEO = Geocoders.loadDefault();

  private static List<ResolvedPlace> annotate(String text) {
    return GEO.annotate(GeocoderTest.tok(text), "en", Set.of());
  }

  /** Resolves the given surfaces (first occurrence of each) as spans of the text. */
  private static List<Optional<ResolvedPlace>> spans(String text, String... names) {
    List<int[]> sp = new ArrayList<>();
    for (String n : names) {
      int s = text.indexOf(n);
      sp.add(new int[] {s, s + n.length()});
    }
    return GEO.resolveSpans(GeocoderTest.tok(text), "en", sp);
  }

  @Test
  void aBareNameOfAStateAndItsMainCityIsTheCity() {
    var r = annotate("The mayor spoke in New York on Monday.");
    ResolvedPlace ny = GeocoderTest.only(r, "New York");
    assertThat(ny.place().featureClass()).isEqualTo("P");
    assertThat(Geo.km(ny.lat(), ny.lon(), 40.71, -74.01)).isLessThan(25);
  }

  @Test
  void aFirstLevelAreaBeatsASmallTownOfItsNameInTheSameCountry() {
    var r = annotate("The singer grew up in Wales before moving abroad.");
    assertThat(GeocoderTest.only(r, "Wales").place().featureCode()).isEqualTo("ADM1");
  }

  @Test
  void theAreaAfterACommaHoldsTheTownBeforeIt() {
    var r = spans("The festival returns to Nelson, BC, next summer.", "Nelson", "BC");
    assertThat(r.get(0).orElseThrow().place().country()).isEqualTo("CA");
    assertThat(r.get(1).orElseThrow().place().featureCode()).isEqualTo("ADM1");
  }

  @Test
  void itemsOfAListAreOfOneKindAndAListIsNoContainerChain() {
    var r = annotate("Firms moved from California or Washington to cheaper states.");
    assertThat(GeocoderTest.only(r, "Washington").place().featureCode()).isEqualTo("ADM1");
    var l = annotate("After stops in Washington, New York and Boston, he flew home.");
    assertThat(GeocoderTest.only(l, "Washington").place().featureCode()).isEqualTo("PPLC");
    assertThat(GeocoderTest.only(l, "Boston").place().country()).isEqualTo("US");
    assertThat(GeocoderTest.only(l, "Boston").place().admin1Code()).isEqualTo("MA");
  }

  @Test
  void aStreetTheGazetteerLacksIsPlacedInTheArticlesTown() {
    String text =
        "Fire crews were called to Royal Street in Leeds. Leeds council said Royal Street reopened.";
    ResolvedPlace street = spans(text, "Royal Street").get(0).orElseThrow();
    assertThat(street.place().name()).isEqualTo("Leeds");
    assertThat(street.basis()).isEqualTo("relative");
    assertThat(street.confidence()).isLessThan(0.5);
  }

  @Test
  void anUnknownNameIsPlacedInTheTownOfItsSentence() {
    String text =
        "Talks were held in London. The child was taken to Alder Hey Children's Hospital in"
            + " Liverpool.";
    ResolvedPlace h = spans(text, "Alder Hey Children's Hospital").get(0).orElseThrow();
    assertThat(h.place().name()).isEqualTo("Liverpool");
  }

  @Test
  void anAdjectiveOfAnAreaNamesItButDoesNotPullTownsIntoIt() {
    String text =
        "Britain expelled diplomats. U.S. officials in Washington discussed the attack in the"
            + " English city of Salisbury.";
    var r = spans(text, "Washington", "English", "Salisbury");
    assertThat(r.get(0).orElseThrow().place().country()).isEqualTo("US");
    assertThat(r.get(1).orElseThrow().place().featureCode()).isEqualTo("ADM1");
    assertThat(r.get(2).orElseThrow().place().country()).isEqualTo("GB");
  }

  @Test
  void aSpanInsideALongerTokenResolves() {
    String text = "Ukraine's parliament met in Kyiv.";
    var r = GEO.resolveSpans(GeocoderTest.tok(text), "en", List.of(new int[] {0, 7}));
    assertThat(r.get(0).orElseThrow().place().isCountry()).isTrue();
  }

  @Test
  void aSmallTownAbroadInAStorySetElsewhereIsPlacedInTheArticlesTown() {
    String text =
        "Firefighters in Newcastle, New South Wales, contained a blaze near Glenrock on Sunday."
            + " Newcastle residents were told to avoid Glenrock.";
    ResolvedPlace g = spans(text, "Glenrock").get(0).orElseThrow();
    assertThat(g.place().country()).isEqualTo("AU");
    assertThat(g.basis()).isEqualTo("relative");
  }

  @Test
  void aCityNameThatIsAlsoAFirstNameIsAPlaceInADatelineOrBeforeItsState() {
    assertThat(annotate("HOUSTON (AP) - The team won again.")).hasSize(1);
    var r = annotate("The soldier, of Austin, Texas, died in the attack.");
    assertThat(GeocoderTest.only(r, "Austin").place().admin1Code()).isEqualTo("TX");
    assertThat(annotate("Austin said the plan had failed.")).isEmpty();
  }

  @Test
  void aNameAfterAMiddleInitialIsAPerson() {
    var r = annotate("Police in Chicago charged Gino D. Bassett. Bassett was arrested on Monday.");
    assertThat(r).extracting(ResolvedPlace::surface).containsExactly("Chicago");
  }
}
