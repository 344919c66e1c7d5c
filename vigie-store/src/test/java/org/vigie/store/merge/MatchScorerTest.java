package org.vigie.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.store.bench.MarkupExtractor;

class MatchScorerTest {
  private final MatchScorer scorer = new MatchScorer();

  private static Mention m(String id, String outlet, String markup) {
    Article a = new Article(id, markup, LocalDate.parse("2024-08-26"), "fr", null, outlet, null);
    return new Mention(
        "m-" + id + "-0",
        id,
        outlet,
        "fr",
        a.published(),
        new MarkupExtractor().extract(a).events().get(0),
        null);
  }

  @Test
  void sameEventAcrossLanguagesAndSpellingsMatches() {
    Mention fr =
        m(
            "a",
            "RFI",
            "{{ev mode=drone; date=2024-08-25; place=Tinzaouatène; lat=19.95; lon=2.93; cc=ML; a1=mali-army; killed=21}}");
    Mention en =
        m(
            "b",
            "AP",
            "{{ev mode=aerial; date=2024-08-25; place=Tinzaouatene; lat=19.96; lon=2.95; cc=ML; a1=mali-army; killed=15}}");
    assertThat(scorer.score(fr, en)).isGreaterThanOrEqualTo(MatchScorer.THRESHOLD);
  }

  @Test
  void countryOnlyReportStillMatchesOnActorsAndDay() {
    Mention fr =
        m(
            "a",
            "RFI",
            "{{ev mode=drone; date=2024-08-25; place=Tinzaouatène; lat=19.95; lon=2.93; cc=ML; a1=mali-army; killed=21}}");
    Mention en = m("b", "AP", "{{ev mode=drone; date=2024-08-25; cc=ML; a1=mali-army; killed=20}}");
    assertThat(scorer.score(fr, en)).isGreaterThanOrEqualTo(MatchScorer.THRESHOLD);
  }

  @Test
  void hardLimitsSeparateEvents() {
    Mention base =
        m(
            "a",
            "RFI",
            "{{ev mode=drone; date=2024-08-25; place=T; lat=19.95; lon=2.93; cc=ML; a1=mali-army}}");
    assertThat(
            scorer.score(
                base,
                m(
                    "b",
                    "AP",
                    "{{ev mode=drone; date=2024-08-28; place=T; lat=19.95; lon=2.93; cc=ML; a1=mali-army}}")))
        .isZero();
    assertThat(
            scorer.score(
                base,
                m(
                    "c",
                    "AP",
                    "{{ev mode=drone; date=2024-08-25; place=K; lat=18.44; lon=1.41; cc=ML; a1=mali-army}}")))
        .isZero();
    assertThat(
            scorer.score(
                base,
                m(
                    "d",
                    "AP",
                    "{{ev mode=drone; date=2024-08-25; place=T; lat=19.95; lon=2.93; cc=ML; a1=jnim}}")))
        .isZero();
    assertThat(
            scorer.score(
                base,
                m(
                    "e",
                    "AP",
                    "{{ev type=PROTEST; date=2024-08-25; place=T; lat=19.95; lon=2.93; cc=ML; a1=mali-army}}")))
        .isZero();
    assertThat(
            scorer.score(
                base,
                m(
                    "a",
                    "RFI",
                    "{{ev mode=drone; date=2024-08-25; place=T; lat=19.95; lon=2.93; cc=ML; a1=mali-army}} ")))
        .isZero();
  }

  @Test
  void blockingPutsCandidatesTogether() {
    Mention fr =
        m(
            "a",
            "RFI",
            "{{ev mode=drone; date=2024-08-25; place=T; lat=19.95; lon=2.93; cc=ML; a1=x}}");
    Mention near =
        m(
            "b",
            "AP",
            "{{ev mode=drone; date=2024-08-26; place=T; lat=20.01; lon=3.01; cc=ML; a1=x}}");
    Mention country = m("c", "AP", "{{ev mode=drone; date=2024-08-25; cc=ML; a1=x}}");
    assertThat(BlockingKeys.probe(fr)).containsAnyElementsOf(BlockingKeys.own(near));
    assertThat(BlockingKeys.probe(fr)).containsAnyElementsOf(BlockingKeys.own(country));
    assertThat(BlockingKeys.probe(country))
        .containsAnyElementsOf(BlockingKeys.countryProbeTargets(fr));
    assertThat(List.of(BlockingKeys.countryLevel(country), BlockingKeys.countryLevel(fr)))
        .containsExactly(true, false);
  }
}
