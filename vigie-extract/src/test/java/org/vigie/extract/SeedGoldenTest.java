package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Json;
import org.vigie.model.Span;

/**
 * The seed report (read from ../shared, never copied here) must come out as an expert coder would
 * sign it. The whole output is also compared with a golden file that keeps offsets but not the
 * source's words; regenerate it on purpose with -Dgolden.update=true and review the diff.
 */
class SeedGoldenTest {
  private static String text;
  private static ArticleResult result;

  @BeforeAll
  static void extract() throws IOException {
    Path shared = Fixtures.shared();
    assumeTrue(shared != null, "../shared is absent: seed test skipped");
    text = Files.readString(shared.resolve("examples/seed-fr.txt"), StandardCharsets.UTF_8);
    result =
        Fixtures.extractor().extract(new Article("seed-fr", text, null, null, null, null, null));
  }

  @Test
  void anchorIsTheLatestExplicitDate() {
    assertThat(result.article().published()).isEqualTo("2024-11-18");
    assertThat(result.article().publishedBasis()).isEqualTo("latest-date-in-text");
    assertThat(result.article().language()).isEqualTo("fr");
  }

  @Test
  void exactlyTwoDiscreteEvents() {
    assertThat(Fixtures.discrete(result)).hasSize(2);
  }

  @Test
  void theClaimedDroneStrikeOnEilat() {
    Event e = Fixtures.discrete(result).get(0);
    assertThat(e.type()).isEqualTo("ASSAULT");
    assertThat(e.mode()).isEqualTo("drone");
    assertThat(e.acled().eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(e.acled().subEventType()).isEqualTo("Air/drone strike");
    assertThat(e.date().start()).isEqualTo("2024-11-18");
    assertThat(e.date().end()).isEqualTo("2024-11-18");
    assertThat(e.date().precision()).isEqualTo("day");
    assertThat(e.date().partOfDay()).isEqualTo("morning");
    EventActor a1 = e.actor("actor1");
    assertThat(a1.id()).isEqualTo("islamic-resistance-in-iraq");
    assertThat(a1.name()).isEqualTo("Islamic Resistance in Iraq");
    assertThat(a1.type()).isEqualTo("non-state armed group");
    assertThat(a1.country()).isEqualTo("IQ");
    EventActor target = e.actor("target");
    assertThat(target.country()).isEqualTo("IL");
    assertThat(target.type()).isEqualTo("state military");
    assertThat(e.location().name()).isEqualTo("Eilat");
    assertThat(e.location().country()).isEqualTo("IL");
    assertThat(e.location().gazetteerId()).isEqualTo("geonames:295277");
    assertThat(e.location().precision()).isEqualTo(1);
    assertThat(e.location().evidence())
        .extracting(Span::text)
        .anyMatch(t -> t.contains("Rashrash"));
    assertThat(e.attribution().status()).isEqualTo("claimed");
    assertThat(e.attribution().statement()).isEqualTo("claim");
    assertThat(e.attribution().claimedBy().id()).isEqualTo("islamic-resistance-in-iraq");
    assertThat(e.casualties().killed()).isNull();
    assertThat(e.casualties().injured()).isNull();
    // the headline's "nouvelle opération" and the quoted statement are this event
    assertThat(e.evidence()).extracting(Span::text).contains("opération", "attaqué");
  }

  @Test
  void theEarlierStrikeADayBeforeInTheSameArea() {
    Event e = Fixtures.discrete(result).get(1);
    assertThat(e.type()).isEqualTo("ASSAULT");
    assertThat(e.date().start()).isEqualTo("2024-11-17");
    assertThat(e.date().basis()).isEqualTo("relative");
    assertThat(e.location().name()).isEqualTo("Eilat");
    assertThat(e.location().basis()).isEqualTo("inherited");
    assertThat(e.targets().count()).isEqualTo(3);
    assertThat(e.actor("actor1").id()).isEqualTo("islamic-resistance-in-iraq");
    assertThat(e.attribution().status()).isEqualTo("claimed");
  }

  @Test
  void theCampaignOnUsBasesIsAnAggregateOverMonths() {
    Event e =
        result.events().stream()
            .filter(x -> x.countries() != null && x.countries().contains("SY"))
            .findFirst()
            .orElseThrow();
    assertThat(e.scope()).isEqualTo("aggregate");
    assertThat(e.countries()).contains("IQ", "SY");
    assertThat(e.date().precision()).isEqualTo("month");
    assertThat(e.actors()).extracting(EventActor::country).contains("US");
  }

  @Test
  void theWarTollIsAStatisticOfNoEvent() {
    assertThat(result.statistics()).hasSize(1);
    var s = result.statistics().get(0);
    assertThat(s.kind()).isEqualTo("cumulative-toll");
    assertThat(s.killed()).isEqualTo(43799);
    assertThat(s.injured()).isEqualTo(103601);
    assertThat(s.area()).contains("Gaza");
    assertThat(s.since()).isEqualTo("2023-10-07");
    for (Event e : result.events()) {
      if (e.casualties().killed() != null) {
        assertThat(e.casualties().killed().value()).isNotEqualTo(43799);
      }
      if (e.casualties().injured() != null) {
        assertThat(e.casualties().injured().value()).isNotEqualTo(103601);
      }
    }
  }

  @Test
  void theVowIsAnIntentionNotAnEvent() {
    assertThat(result.intentions()).hasSize(1);
    assertThat(result.intentions().get(0).kind()).isEqualTo("continue-operations");
    assertThat(result.intentions().get(0).actor().id()).isEqualTo("islamic-resistance-in-iraq");
  }

  @Test
  void canonicalNamesAreNeutral() {
    String json = Json.write(result.events()).toLowerCase();
    for (Event e : result.events()) {
      for (EventActor a : e.actors()) {
        assertThat(a.name().toLowerCase()).doesNotContain("sioniste", "usurpatrice", "occupation");
      }
      assertThat(e.summary().toLowerCase()).doesNotContain("sioniste", "usurpatrice", "génocid");
    }
    assertThat(json).isNotEmpty();
  }

  @Test
  void everyEvidenceSpanRepeatsTheSourceText() {
    JsonNode tree = Json.mapper().valueToTree(result);
    checkSpans(tree);
  }

  private static void checkSpans(JsonNode n) {
    if (n.isObject()) {
      if (n.has("start") && n.has("end") && n.has("text") && n.get("start").isInt()) {
        int s = n.get("start").asInt();
        int e = n.get("end").asInt();
        assertThat(text.substring(s, e)).isEqualTo(n.get("text").asText());
      }
      n.elements().forEachRemaining(SeedGoldenTest::checkSpans);
    } else if (n.isArray()) {
      n.elements().forEachRemaining(SeedGoldenTest::checkSpans);
    }
  }

  @Test
  void wholeOutputMatchesTheGoldenFile() throws IOException {
    JsonNode tree = Json.mapper().valueToTree(result);
    stripTexts(tree);
    String actual = Json.writePretty(tree) + "\n";
    Path golden = Path.of("src/test/resources/golden/seed-fr.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The golden file keeps offsets, not the source's words (they stay in ../shared). */
  private static void stripTexts(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      if (o.has("start") && o.has("end") && o.has("text")) {
        o.remove("text");
      }
      o.remove("surfaceForms");
      o.remove("mention");
      o.remove("aliasesUsed");
      List.copyOf(o.properties()).forEach(e -> stripTexts(e.getValue()));
    } else if (n.isArray()) {
      n.elements().forEachRemaining(SeedGoldenTest::stripTexts);
    }
  }
}
