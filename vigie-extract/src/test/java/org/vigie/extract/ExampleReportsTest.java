package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.ArticleResult;
import org.vigie.model.CountReport;
import org.vigie.model.Event;

/**
 * Realistic reports written for these tests (no real article is copied), two per language, each
 * exercising one thing a coder must get right.
 */
class ExampleReportsTest {

  @Test
  void frenchWeekdayAndConflictingTolls() {
    ArticleResult r =
        Fixtures.run(
            "fr-kombori",
            "Des hommes armés ont attaqué dimanche le village de Kombori, dans la province de la"
                + " Kossi, tuant 12 civils selon un habitant, 13 selon un autre. L'attaque n'a pas"
                + " été revendiquée.",
            "2025-03-17",
            null);
    assertThat(r.article().language()).isEqualTo("fr");
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.date().start()).isEqualTo("2025-03-16"); // the Sunday before a Monday paper
    assertThat(e.date().basis()).isEqualTo("weekday");
    assertThat(e.casualties().killed().value()).isEqualTo(12);
    assertThat(e.casualties().killed().max()).isEqualTo(13);
    assertThat(e.casualties().killed().reports()).extracting(CountReport::value).contains(12, 13);
    assertThat(e.actor("actor1").id()).isEqualTo("unidentified-armed-group");
    assertThat(e.actor("actor1").country()).isEqualTo("BF");
    assertThat(e.location().name()).isEqualTo("Kombori");
    assertThat(e.location().country()).isEqualTo("BF");
    assertThat(e.attribution().claimedBy()).isNull();
  }

  @Test
  void frenchInterceptionAndDenial() {
    ArticleResult r =
        Fixtures.run(
            "fr-drone",
            "L'armée israélienne a affirmé jeudi avoir abattu un drone lancé depuis le Liban"
                + " au-dessus de la Galilée. Le Hezbollah a démenti toute implication.",
            "2024-06-14",
            null);
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.outcome()).isEqualTo("intercepted");
    assertThat(e.mode()).isEqualTo("drone");
    assertThat(e.acled().subEventType()).isEqualTo("Disrupted weapons use");
    assertThat(e.date().start()).isEqualTo("2024-06-13");
    // the army says it shot the drone down: its own account stays a claim; Hezbollah denies
    assertThat(e.attribution().claimedBy().id()).isEqualTo("military-forces-of-il");
    assertThat(e.attribution().deniedBy().id()).isEqualTo("hezbollah");
  }

  @Test
  void englishWeekdayAttackerDeathsAndArmyReport() {
    ArticleResult r =
        Fixtures.run(
            "en-gao",
            "Gunmen killed five soldiers at a checkpoint near Gao on Saturday, the army said.",
            "2024-06-03",
            null);
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.date().start()).isEqualTo("2024-06-01");
    assertThat(e.casualties().killed().value()).isEqualTo(5);
    assertThat(e.actor("actor1").id()).isEqualTo("unidentified-armed-group");
    assertThat(e.actors()).anyMatch(a -> "ML".equals(a.country()) && a.type().startsWith("state"));
    assertThat(e.location().country()).isEqualTo("ML");
    assertThat(e.attribution().status()).isEqualTo("reported");
  }

  @Test
  void englishShootDownWithNoPlaceNamed() {
    ArticleResult r =
        Fixtures.run(
            "en-drones",
            "Air defences shot down three drones overnight, the defence ministry said. No"
                + " casualties were reported.",
            "2025-05-04",
            "en");
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.outcome()).isEqualTo("intercepted");
    assertThat(e.location()).isNull(); // no place named: none invented
    assertThat(e.casualties().killed().value()).isZero();
    assertThat(e.casualties().injured().value()).isZero();
  }

  @Test
  void arabicIndicDigitsNumberWordsAndCountryside() {
    ArticleResult r =
        Fixtures.run(
            "ar-hasakah",
            "قُتل ٣ مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت بلدة في ريف الحسكة مساء الأحد،"
                + " بحسب مصادر محلية.",
            "2025-05-05",
            null);
    assertThat(r.article().language()).isEqualTo("ar");
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.mode()).isEqualTo("aerial");
    assertThat(e.casualties().killed().value()).isEqualTo(3);
    assertThat(e.casualties().injured().value()).isEqualTo(5);
    assertThat(e.date().start()).isEqualTo("2025-05-04");
    assertThat(e.date().partOfDay()).isEqualTo("evening");
    assertThat(e.location().country()).isEqualTo("SY");
    assertThat(e.location().precision()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void arabicInterceptionAndDenial() {
    ArticleResult r =
        Fixtures.run(
            "ar-yemen",
            "أعلن الجيش الإسرائيلي أن دفاعاته الجوية أسقطت طائرة مسيرة أطلقت من اليمن، فيما نفت"
                + " جماعة الحوثي مسؤوليتها عن الهجوم.",
            "2025-01-10",
            null);
    List<Event> events = Fixtures.discrete(r);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.outcome()).isEqualTo("intercepted");
    assertThat(e.mode()).isEqualTo("drone");
    assertThat(e.attribution().deniedBy()).isNotNull();
    assertThat(e.attribution().deniedBy().id()).isEqualTo("houthis");
  }

  @Test
  void aLanguageWithoutLexiconsIsRefusedWithADiagnostic() {
    ArticleResult r =
        Fixtures.run(
            "es",
            "Hombres armados atacaron el domingo una aldea en el norte del país y mataron a doce"
                + " civiles, según fuentes locales.",
            null,
            null);
    assertThat(r.events()).isEmpty();
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains("unsupported-language");
  }
}
