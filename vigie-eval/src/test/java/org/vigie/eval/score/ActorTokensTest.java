package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTokensTest {

  @Test
  void lowerCasesStripsAccentsAndPunctuationAndStopWords() {
    assertThat(ActorTokens.tokens("Forces Armées du Mali (FAMa)"))
        .containsExactly("forces", "armees", "du", "mali", "fama");
    assertThat(ActorTokens.tokens("The Islamic State of Iraq and al-Sham"))
        .containsExactly("islamic", "state", "iraq", "sham");
    assertThat(ActorTokens.tokens("El-Shabaab in Somalia")).containsExactly("shabaab", "somalia");
    assertThat(ActorTokens.tokens(null)).isEmpty();
  }

  @Test
  void removesArabicShortVowelsButNotLetters() {
    // fatha/shadda are non-spacing marks (accents); the letters stay as written
    assertThat(ActorTokens.tokens("حَمَاس")).containsExactly("حماس");
  }

  @Test
  void matchesWhenOneTokenSetContainsTheOther() {
    assertThat(ActorTokens.matches("Al Shabaab", "al-Shabaab")).isTrue();
    assertThat(ActorTokens.matches("Shabaab", "Al Shabaab militants")).isTrue();
    assertThat(ActorTokens.matches("Military Forces of Mali", "Mali")).isTrue();
    assertThat(ActorTokens.matches("Armée malienne", "Armee Malienne")).isTrue();
  }

  @Test
  void overlapWithoutContainmentIsNoMatch() {
    assertThat(ActorTokens.matches("Military Forces of Mali", "Military Forces of Niger"))
        .isFalse();
  }

  @Test
  void namesMadeOnlyOfStopWordsMatchNothing() {
    assertThat(ActorTokens.matches("the", "The")).isFalse();
    assertThat(ActorTokens.matches("al", "Al Qaeda")).isFalse();
  }
}
