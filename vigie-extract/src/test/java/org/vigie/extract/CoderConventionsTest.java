package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.ArticleResult;
import org.vigie.model.Event;

/**
 * One behaviour per test, on short reports written for them: the conventions an expert coder
 * follows that the pipeline applies as general rules (not fitted to any evaluation text).
 */
class CoderConventionsTest {

  @Test
  void selfClaimMakesTheSpeakerThePerpetrator() {
    ArticleResult r =
        Fixtures.run(
            "fr-self-claim",
            "L'armée nigérienne assure avoir détruit mardi un dépôt d'armes à Tillabéri.",
            "2025-02-12",
            "fr");
    Event e = only(r);
    assertThat(e.actor("actor1").id()).isEqualTo("military-forces-of-ne");
    assertThat(e.attribution().status()).isEqualTo("claimed");
  }

  @Test
  void accusationNamesTheAllegedPerpetrator() {
    ArticleResult r =
        Fixtures.run(
            "fr-accusation",
            "Des frappes de drone ont touché lundi le marché de Tillabéri, faisant 9 morts. Un"
                + " collectif local accuse l'armée nigérienne d'avoir mené ces frappes.",
            "2025-02-11",
            "fr");
    Event e = only(r);
    assertThat(e.actor("actor1").id()).isEqualTo("military-forces-of-ne");
    assertThat(e.casualties().killed().value()).isEqualTo(9);
  }

  @Test
  void unnamedVictimsOfAnAttackAreCivilians() {
    ArticleResult r =
        Fixtures.run(
            "en-unnamed-victims",
            "Gunmen killed 7 people in Bunia on Tuesday.",
            "2025-06-04",
            "en");
    Event e = only(r);
    assertThat(e.actor("target").id()).isEqualTo("civilians");
  }

  @Test
  void theCountedNounOfATollIsTheVictim() {
    ArticleResult r =
        Fixtures.run(
            "en-toll-noun",
            "On 3 June 2025, militants detonated a roadside bomb near Diffa. At least two soldiers"
                + " killed and three wounded.",
            "2025-06-04",
            "en");
    Event e = only(r);
    assertThat(e.actor("actor1").id()).isNotEqualTo("military-forces-of-ne");
    assertThat(e.casualties().killed().value()).isEqualTo(2);
  }

  @Test
  void crowdViolenceMakesTheProtestARiot() {
    ArticleResult r =
        Fixtures.run(
            "en-riot",
            "On 2 May 2025, residents demonstrated in Kisumu against power cuts. They hurled stones"
                + " at police officers, who dispersed them with tear gas.",
            "2025-05-03",
            "en");
    Event e = only(r);
    assertThat(e.type()).isEqualTo("PROTEST");
    assertThat(e.mode()).isEqualTo("riot");
    assertThat(e.actor("actor1").id()).isEqualTo("rioters");
  }

  @Test
  void anAddressChainKeepsTheCityThatIsAlsoACapital() {
    ArticleResult r =
        Fixtures.run(
            "en-address",
            "On 9 October 2025, gunmen shot dead a trader in Hodan district, Mogadishu, Somalia.",
            "2025-10-10",
            "en");
    Event e = only(r);
    assertThat(e.location().country()).isEqualTo("SO");
    assertThat(e.location().precision()).isLessThanOrEqualTo(2);
  }

  @Test
  void aPlaceInsideAnActorNameIsNotTheLocation() {
    ArticleResult r =
        Fixtures.run(
            "en-actor-place",
            "On 4 March 2025, the United States air force carried out an air strike near Jilib,"
                + " killing 3 militants.",
            "2025-03-05",
            "en");
    Event e = only(r);
    assertThat(e.location().country()).isEqualTo("SO");
  }

  @Test
  void aCauseToldWithItsPlaceIsAnEventOfItsOwn() {
    ArticleResult r =
        Fixtures.run(
            "en-cause",
            "On 14 July 2025, the militia fired rockets at an army post in Metula in response to"
                + " the killing of three of its fighters in a drone strike on Khiam.",
            "2025-07-15",
            "en");
    assertThat(Fixtures.discrete(r)).hasSize(2);
  }

  @Test
  void anEventRecalledFromYearsBeforeIsBackground() {
    ArticleResult r =
        Fixtures.run(
            "en-history",
            "On 6 May 2025, hundreds protested in Lviv against the trial of an activist who had"
                + " stabbed an attacker in Odessa on 24 May 2018.",
            "2025-05-07",
            "en");
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).extracting(Event::type).containsExactly("PROTEST");
  }

  @Test
  void aDatelineDoesNotDateTheEventsOfTheFirstSentence() {
    ArticleResult r =
        Fixtures.run(
            "en-dateline",
            "date 2025-10-05 Shelling killed 4 civilians in Kharkiv. The shelling began yesterday"
                + " at dawn.",
            "2025-10-05",
            "en");
    Event e = only(r);
    assertThat(e.date().start()).isEqualTo("2025-10-04");
  }

  @Test
  void aLeadThatSumsTheEventsToldAfterIsAStatistic() {
    ArticleResult r =
        Fixtures.run(
            "fr-lead-total",
            "Onze civils ont été tués mercredi et jeudi dans deux frappes de drones dans la région"
                + " de Mopti. La première frappe a touché mercredi le village de Sofara, tuant 5"
                + " personnes. Le lendemain, une seconde frappe a tué 6 personnes à Konna.",
            "2025-06-13",
            "fr");
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).extracting(e -> e.casualties().killed().value()).containsExactly(5, 6);
    assertThat(r.statistics()).anyMatch(s -> Integer.valueOf(11).equals(s.killed()));
  }

  @Test
  void anAnnouncedActIsAThreatOrAPromise() {
    Event threat =
        only(
            Fixtures.run(
                "en-threat",
                "The government said on Monday it would impose a curfew in the capital.",
                "2025-02-04",
                "en"));
    assertThat(threat.type()).isEqualTo("THREATEN");
    Event promise =
        only(
            Fixtures.run(
                "en-promise",
                "Japan will provide emergency food aid to refugees in Chad, the ministry said.",
                "2025-02-04",
                "en"));
    assertThat(promise.type()).isEqualTo("AGREE");
  }

  @Test
  void aMonthNameThatFitsNeitherWeekdayNorReportIsAWrongMonth() {
    Event e =
        only(
            Fixtures.run(
                "fr-typo-month",
                "Des hommes armés ont attaqué le vendredi 6 février le marché de Sévaré, tuant 4"
                    + " commerçants.",
                "2025-06-08",
                "fr"));
    // 6 June 2025 is a Friday, two days before the report; 6 February was a Thursday
    assertThat(e.date().start()).isEqualTo("2025-06-06");
  }

  @Test
  void aDiscourseMarkerOpensAnotherEvent() {
    ArticleResult r =
        Fixtures.run(
            "fr-par-ailleurs",
            "Mardi, une frappe de drone a tué 3 personnes à Kidal. Par ailleurs, des tirs de"
                + " roquettes ont visé mardi un camp militaire à Kidal.",
            "2025-06-11",
            "fr");
    assertThat(Fixtures.discrete(r)).hasSize(2);
  }

  private static Event only(ArticleResult r) {
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
