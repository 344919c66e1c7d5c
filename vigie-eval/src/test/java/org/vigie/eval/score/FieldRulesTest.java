package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.eval.Predicted.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.eval.gold.GoldEventBuilder;
import org.vigie.eval.gold.GoldValue;
import org.vigie.model.ActorRef;
import org.vigie.model.Attribution;
import org.vigie.model.Event;

class FieldRulesTest {

  private static GoldEventBuilder gold() {
    return GoldEvent.builder();
  }

  @Test
  void typeIsCaseInsensitiveAndAcceptsAlternatives() {
    GoldEvent g = gold().type("ASSAULT").typeAccept(List.of("ASSAULT", "FIGHT")).build();
    assertThat(FieldRules.type(g, event().type("assault").build())).isTrue();
    assertThat(FieldRules.type(g, event().type("Fight").build())).isTrue();
    assertThat(FieldRules.type(g, event().type("PROTEST").build())).isFalse();
    assertThat(FieldRules.type(g, event().build())).isFalse();
    assertThat(FieldRules.type(gold().build(), event().type("ASSAULT").build())).isNull();
  }

  @Test
  void modeFoldsTheSynonymGroups() {
    assertThat(FieldRules.mode(gold().mode("missile").build(), event().mode("rocket").build()))
        .isTrue();
    assertThat(FieldRules.mode(gold().mode("shelling").build(), event().mode("artillery").build()))
        .isTrue();
    assertThat(FieldRules.mode(gold().mode("explosives").build(), event().mode("IED").build()))
        .isTrue();
    assertThat(FieldRules.mode(gold().mode("bomb").build(), event().mode("ied").build())).isTrue();
    assertThat(FieldRules.mode(gold().mode("aerial").build(), event().mode("airstrike").build()))
        .isTrue();
    assertThat(FieldRules.mode(gold().mode("air").build(), event().mode("aerial").build()))
        .isTrue();
    // groups are not chained: drone is not aerial unless the gold accepts it
    assertThat(FieldRules.mode(gold().mode("aerial").build(), event().mode("drone").build()))
        .isFalse();
    assertThat(FieldRules.mode(gold().mode("missile").build(), event().mode("shelling").build()))
        .isFalse();
    assertThat(FieldRules.mode(gold().mode("firearms").build(), event().build())).isFalse();
    assertThat(FieldRules.mode(gold().build(), event().mode("drone").build())).isNull();
  }

  @Test
  void modeAcceptListsOtherRightAnswers() {
    GoldEvent g = gold().mode("drone").modeAccept(List.of("drone", "aerial")).build();
    assertThat(FieldRules.mode(g, event().mode("drone").build())).isTrue();
    assertThat(FieldRules.mode(g, event().mode("aerial").build())).isTrue();
    assertThat(FieldRules.mode(g, event().mode("airstrike").build())).isTrue();
    assertThat(FieldRules.mode(g, event().mode("missile").build())).isFalse();
  }

  @Test
  void actor1MatchesOnNameIdOrEvidenceText() {
    GoldEvent g = gold().actor1("Military Forces of Mali").build();
    assertThat(FieldRules.actor1(g, event().actor("actor1", "Malian army").build())).isFalse();
    assertThat(FieldRules.actor1(g, event().actor("actor1", "Mali").build())).isTrue();
    assertThat(
            FieldRules.actor1(
                g, event().actor("actor1", "military-forces-of-mali", "X", null).build()))
        .isTrue();
    assertThat(
            FieldRules.actor1(g, event().actor("actor1", "fama", "FAMa", "forces of Mali").build()))
        .isTrue();
    // only the role actor1 answers actor1
    assertThat(FieldRules.actor1(g, event().actor("target", "Mali").build())).isFalse();
    assertThat(FieldRules.actor1(gold().build(), event().actor("actor1", "Mali").build())).isNull();
  }

  @Test
  void actor1AcceptsAlternativeNames() {
    GoldEvent g =
        gold().actor1("JNIM").actor1Alt(List.of("Jama'at Nusrat al-Islam wal-Muslimin")).build();
    assertThat(FieldRules.actor1(g, event().actor("actor1", "Nusrat al Islam").build())).isTrue();
  }

  @Test
  void actor2IsAnsweredByRoleActor2OrTarget() {
    GoldEvent g = gold().actor2("Civilians (Mali)").build();
    assertThat(FieldRules.actor2(g, event().actor("target", "civilians").build())).isTrue();
    assertThat(FieldRules.actor2(g, event().actor("actor2", "Civilians").build())).isTrue();
    assertThat(FieldRules.actor2(g, event().actor("associated", "Civilians").build())).isFalse();
    assertThat(FieldRules.actor2(g, event().actor("actor1", "Civilians").build())).isFalse();
  }

  @Test
  void twoSidedGoldAllowsTheActorsSwapped() {
    GoldEventBuilder b = gold().actor1("CSP-DPA").actor2("Military Forces of Mali");
    Event swapped = event().actor("actor1", "Forces of Mali").actor("actor2", "CSP DPA").build();
    assertThat(FieldRules.actor1(b.twoSided(false).build(), swapped)).isFalse();
    assertThat(FieldRules.actor2(b.twoSided(false).build(), swapped)).isFalse();
    GoldEvent two = b.twoSided(true).build();
    assertThat(FieldRules.actor1(two, swapped)).isTrue();
    assertThat(FieldRules.actor2(two, swapped)).isTrue();
    // the gold's own order wins a tie, so one predicted actor is not counted on both sides
    Event one = event().actor("actor1", "CSP").actor("target", "CSP").build();
    assertThat(FieldRules.actor1(two, one)).isTrue();
    assertThat(FieldRules.actor2(two, one)).isFalse();
  }

  @Test
  void dateIsExactWhenBothEndsAreAcceptableDays() {
    GoldEvent g = gold().days("2024-08-24", "2024-08-25").build();
    assertThat(FieldRules.date(g, event().on("2024-08-25").build())).isTrue();
    assertThat(FieldRules.date(g, event().between("2024-08-24", "2024-08-25").build())).isTrue();
    assertThat(FieldRules.date(g, event().between("2024-08-24", "2024-08-26").build())).isFalse();
    assertThat(FieldRules.date(g, event().build())).isFalse();
    assertThat(FieldRules.date(gold().build(), event().on("2024-08-25").build())).isNull();
  }

  @Test
  void placeIsRightWithinTolKm() {
    GoldEvent g = gold().at(0, 0, 25).build();
    // 0.2° of latitude ≈ 22.2 km; 0.25° ≈ 27.8 km
    assertThat(FieldRules.place(g, event().at(0.2, 0).build())).isTrue();
    assertThat(FieldRules.place(g, event().at(0.25, 0).build())).isFalse();
    assertThat(FieldRules.place(g, event().build())).isFalse();
    assertThat(FieldRules.place(gold().build(), event().at(0, 0).build())).isNull();
  }

  @Test
  void countryEqualsOrIsAccepted() {
    GoldEvent g = gold().country("SY").countryAccept(List.of("IL")).build();
    assertThat(FieldRules.country(g, event().at(null, null, "sy").build())).isTrue();
    assertThat(FieldRules.country(g, event().at(null, null, "IL").build())).isTrue();
    assertThat(FieldRules.country(g, event().at(null, null, "LB").build())).isFalse();
    assertThat(FieldRules.country(g, event().build())).isFalse();
  }

  @Test
  void casualtiesKeepNullApartFromAbsent() {
    Event none = event().build();
    Event three = event().killed(3).injured(0).build();
    GoldEvent absent = gold().build();
    assertThat(FieldRules.killed(absent, three)).isNull();
    assertThat(FieldRules.injured(absent, none)).isNull();
    GoldEvent nulls = gold().killed(GoldValue.of(null)).injured(GoldValue.of(null)).build();
    assertThat(FieldRules.killed(nulls, none)).isTrue();
    assertThat(FieldRules.killed(nulls, three)).isFalse();
    assertThat(FieldRules.injured(nulls, three)).isFalse(); // a zero is a figure, not null
    GoldEvent values = gold().killed(GoldValue.of(3)).injured(GoldValue.of(0)).build();
    assertThat(FieldRules.killed(values, three)).isTrue();
    assertThat(FieldRules.injured(values, three)).isTrue();
    assertThat(FieldRules.killed(values, none)).isFalse();
    assertThat(FieldRules.injured(values, none)).isFalse();
  }

  @Test
  void casualtyAcceptListsOtherFigures() {
    GoldEvent g = gold().killed(GoldValue.of(9)).killedAccept(List.of(8)).build();
    assertThat(FieldRules.killed(g, event().killed(8).build())).isTrue();
    assertThat(FieldRules.killed(g, event().killed(9).build())).isTrue();
    assertThat(FieldRules.killed(g, event().killed(7).build())).isFalse();
    GoldEvent nullAccept = gold().killed(GoldValue.of(null)).killedAccept(List.of(7)).build();
    assertThat(FieldRules.killed(nullAccept, event().killed(7).build())).isFalse();
  }

  @Test
  void claimedIsClaimedByOrStatusClaimed() {
    GoldEvent yes = gold().claimed(GoldValue.of(true)).build();
    GoldEvent no = gold().claimed(GoldValue.of(false)).build();
    GoldEvent unsaid = gold().claimed(GoldValue.of(null)).build();
    Event byName = event().claimedBy("JNIM").build();
    Event byStatus =
        event()
            .attribution(new Attribution(null, null, null, "claim", "claimed", List.of()))
            .build();
    Event reported =
        event()
            .attribution(new Attribution("AFP", null, null, "report", "reported", List.of()))
            .build();
    Event denied =
        event()
            .attribution(
                new Attribution(
                    null, null, new ActorRef(null, "Hezbollah"), "denial", "reported", List.of()))
            .build();
    assertThat(FieldRules.claimed(yes, byName)).isTrue();
    assertThat(FieldRules.claimed(yes, byStatus)).isTrue();
    assertThat(FieldRules.claimed(yes, reported)).isFalse();
    assertThat(FieldRules.claimed(yes, event().build())).isFalse();
    assertThat(FieldRules.claimed(no, denied)).isTrue();
    assertThat(FieldRules.claimed(no, byName)).isFalse();
    assertThat(FieldRules.claimed(unsaid, reported)).isTrue();
    assertThat(FieldRules.claimed(unsaid, byName)).isFalse();
    assertThat(FieldRules.claimed(gold().build(), byName)).isNull();
  }

  @Test
  void dateWindowIsThreeDaysFromTheNearestDayOfTheRange() {
    GoldEvent g = gold().days("2024-08-25").build();
    assertThat(FieldRules.dateCompatible(g, event().on("2024-08-28").build())).isTrue();
    assertThat(FieldRules.dateCompatible(g, event().on("2024-08-29").build())).isFalse();
    assertThat(FieldRules.dateCompatible(g, event().on("2024-08-22").build())).isTrue();
    assertThat(FieldRules.dateCompatible(g, event().on("2024-08-21").build())).isFalse();
    assertThat(FieldRules.dateCompatible(g, event().between("2024-08-10", "2024-08-21").build()))
        .isFalse();
    assertThat(FieldRules.dateCompatible(g, event().between("2024-08-10", "2024-08-22").build()))
        .isTrue();
    assertThat(FieldRules.dateCompatible(g, event().between("2024-08-28", "2024-09-30").build()))
        .isTrue();
    GoldEvent window = gold().days("2024-08-01", "2024-08-08").build();
    assertThat(FieldRules.dateCompatible(window, event().on("2024-08-11").build())).isTrue();
    // no date on either side: the window holds
    assertThat(FieldRules.dateCompatible(gold().build(), event().on("2024-01-01").build()))
        .isTrue();
    assertThat(FieldRules.dateCompatible(g, event().build())).isTrue();
  }

  @Test
  void placeWindowIsFourTolOrAtLeast150Km() {
    GoldEvent town = gold().at(0, 0, 25).build(); // window 150 km
    assertThat(FieldRules.placeCompatible(town, event().at(1.3, 0).build())).isTrue(); // ~145 km
    assertThat(FieldRules.placeCompatible(town, event().at(1.4, 0).build())).isFalse(); // ~156 km
    GoldEvent region = gold().at(0, 0, 100).build(); // window 400 km
    assertThat(FieldRules.placeCompatible(region, event().at(3.5, 0).build())).isTrue(); // ~389
    assertThat(FieldRules.placeCompatible(region, event().at(3.7, 0).build())).isFalse(); // ~411
  }

  @Test
  void unplacedPredictionNeedsActor1ToMatchAPlacedGold() {
    GoldEvent g = gold().at(0, 0, 25).actor1("Al Shabaab").build();
    assertThat(FieldRules.placeCompatible(g, event().build())).isFalse();
    assertThat(FieldRules.placeCompatible(g, event().actor("actor1", "al-Shabaab").build()))
        .isTrue();
    assertThat(FieldRules.placeCompatible(g, event().at(null, null, "SO").build())).isFalse();
    // gold without coordinates: the window holds, placed or not
    GoldEvent unplaced = gold().actor1("Al Shabaab").build();
    assertThat(FieldRules.placeCompatible(unplaced, event().build())).isTrue();
    assertThat(FieldRules.placeCompatible(unplaced, event().at(50, 50).build())).isTrue();
  }

  @Test
  void pairScoreWeighsPlaceAndDateTwice() {
    GoldEvent g =
        gold()
            .at(0, 0, 25)
            .days("2024-08-25")
            .actor1("Hamas")
            .type("ASSAULT")
            .mode("missile")
            .build();
    Event all =
        event()
            .at(0, 0)
            .on("2024-08-25")
            .actor("actor1", "Hamas")
            .type("ASSAULT")
            .mode("rocket")
            .build();
    assertThat(FieldRules.pairScore(g, all)).isEqualTo(7);
    assertThat(FieldRules.pairScore(g, event().at(0.5, 0).on("2024-08-26").type("ASSAULT").build()))
        .isEqualTo(1);
    assertThat(FieldRules.pairScore(g, event().at(0, 0).build())).isEqualTo(2);
    assertThat(FieldRules.pairScore(g, event().on("2024-08-25").build())).isEqualTo(2);
  }
}
