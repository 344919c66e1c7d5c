package org.vigie.extract.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.extract.lang.LanguagePack;
import org.vigie.extract.lexicon.Match;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;

/** Numbers, time expressions and casualty figures, on sentences written for the test. */
class ParsersTest {
  private static final LanguagePack FR = LanguagePack.load("fr");
  private static final LanguagePack EN = LanguagePack.load("en");
  private static final LanguagePack AR = LanguagePack.load("ar");

  private record Parsed(TokenizedText tt, List<Match> lex) {}

  private static Parsed parse(LanguagePack pack, String text) {
    TokenizedText tt = pack.tokenizer().tokenize(TextNormalizer.normalize(text));
    return new Parsed(tt, pack.matcher().findAll(tt.tokens()));
  }

  private static List<Long> values(LanguagePack pack, String text) {
    Parsed p = parse(pack, text);
    return NumberParser.parse(p.tt(), p.lex()).stream()
        .filter(NumberMention::hasValue)
        .map(NumberMention::value)
        .toList();
  }

  @Test
  void numbersWithAnySeparatorAndNumberWords() {
    assertThat(values(FR, "43 799 morts et 103\u202f601 blessés")).containsExactly(43799L, 103601L);
    assertThat(values(EN, "41,615 killed and 96.359 wounded")).containsExactly(41615L, 96359L);
    assertThat(values(FR, "vingt et un soldats")).containsExactly(21L);
    assertThat(values(EN, "two hundred and five people")).containsExactly(205L);
    assertThat(values(AR, "مقتل ٣ مدنيين وخمسة آخرين")).containsExactly(3L, 5L);
  }

  @Test
  void vagueQuantitiesHaveNoFigureUnlessConventional() {
    Parsed p = parse(FR, "des dizaines de morts, une vingtaine de blessés");
    List<NumberMention> ns = NumberParser.parse(p.tt(), p.lex());
    assertThat(ns.get(0).vague()).isTrue();
    assertThat(ns.get(0).hasValue()).isFalse();
    assertThat(ns.get(1).value()).isEqualTo(20L);
    assertThat(ns.get(1).qualifier()).isEqualTo("approx");
    Parsed q = parse(EN, "at least 12 people");
    assertThat(NumberParser.parse(q.tt(), q.lex()).get(0).qualifier()).isEqualTo("at least");
  }

  private static List<TimeMention> times(LanguagePack pack, String text, String anchor) {
    Parsed p = parse(pack, text);
    return new TimeParser(pack.numericDateOrder())
        .parse(p.tt(), p.lex(), anchor == null ? null : LocalDate.parse(anchor));
  }

  @Test
  void absoluteDatesInThreeLanguages() {
    assertThat(times(FR, "ce lundi 18 novembre 2024", null).get(0).start())
        .isEqualTo(LocalDate.of(2024, 11, 18));
    assertThat(times(EN, "on November 18, 2024", null).get(0).start())
        .isEqualTo(LocalDate.of(2024, 11, 18));
    assertThat(times(AR, "في 18 تشرين الثاني 2024", null).get(0).start())
        .isEqualTo(LocalDate.of(2024, 11, 18));
    assertThat(times(AR, "يوم 5 مايو", "2025-05-12").get(0).start())
        .isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(times(EN, "08/20/2005: an attack", null).get(0).start())
        .isEqualTo(LocalDate.of(2005, 8, 20));
    assertThat(times(FR, "le 18/11/2024", null).get(0).start())
        .isEqualTo(LocalDate.of(2024, 11, 18));
  }

  @Test
  void weekdaysAndRelativeWordsResolveAgainstThePublicationDay() {
    // 2024-06-03 is a Monday
    assertThat(times(EN, "on Saturday", "2024-06-03").get(0).start())
        .isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(times(FR, "hier soir", "2024-06-03").get(0).start())
        .isEqualTo(LocalDate.of(2024, 6, 2));
    assertThat(times(AR, "مساء الأحد", "2024-06-03").get(0).start())
        .isEqualTo(LocalDate.of(2024, 6, 2));
    TimeMention night = times(FR, "dans la nuit de jeudi à vendredi", "2024-06-03").get(0);
    assertThat(night.start()).isEqualTo(LocalDate.of(2024, 5, 30));
    assertThat(night.end()).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(night.precision()).isEqualTo("range");
  }

  @Test
  void aWeekdayThatDisagreesWithTheDayNumberIsFlagged() {
    // 14 November 2024 is a Thursday
    assertThat(times(FR, "vendredi 14 novembre 2024", null).get(0).weekdayConflict()).isTrue();
    assertThat(times(FR, "jeudi 14 novembre 2024", null).get(0).weekdayConflict()).isFalse();
  }

  @Test
  void monthsAndRecentMonthsAreNotDays() {
    TimeMention m = times(FR, "au cours des derniers mois", "2024-11-18").get(0);
    assertThat(m.kind()).isEqualTo(TimeMention.Kind.PERIOD);
    assertThat(m.precision()).isEqualTo("month");
    TimeMention month = times(EN, "in March 2020", null).get(0);
    assertThat(month.precision()).isEqualTo("month");
  }

  private static List<CasualtyMention> casualties(LanguagePack pack, String text) {
    Parsed p = parse(pack, text);
    List<NumberMention> ns = NumberParser.parse(p.tt(), p.lex());
    List<TimeMention> ts = new TimeParser(pack.numericDateOrder()).parse(p.tt(), p.lex(), null);
    return CasualtyParser.parse(p.tt(), p.lex(), ns, ts);
  }

  @Test
  void killedInjuredAndCoordinatedCounts() {
    List<CasualtyMention> c =
        casualties(EN, "Two civilians and one perpetrator were killed and 35 others were wounded.");
    assertThat(c)
        .extracting(CasualtyMention::kind, CasualtyMention::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("killed", 3),
            org.assertj.core.groups.Tuple.tuple("injured", 35));
  }

  @Test
  void subsetsAgesAndDistancesAreNoCounts() {
    List<CasualtyMention> c =
        casualties(EN, "At least 62 people, including 15 assailants, were killed 20 km from Bor.");
    assertThat(c).extracting(CasualtyMention::value).containsExactly(62);
    List<CasualtyMention> ages = casualties(FR, "un garçon de 12 ans a été tué");
    assertThat(ages).extracting(CasualtyMention::value).doesNotContain(12);
  }

  @Test
  void conflictingReportsAreAllKept() {
    List<CasualtyMention> c = casualties(FR, "12 morts selon un habitant, 13 selon un autre");
    assertThat(c).extracting(CasualtyMention::value).containsExactly(12, 13);
    assertThat(c).extracting(CasualtyMention::kind).containsOnly("killed");
  }

  @Test
  void noneSaidIsZero() {
    assertThat(casualties(EN, "No casualties were reported."))
        .extracting(CasualtyMention::value)
        .containsOnly(0);
  }
}
