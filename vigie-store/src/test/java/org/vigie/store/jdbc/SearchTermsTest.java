package org.vigie.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {
  @Test
  void foldsCaseAccentsAndArabicVariants() {
    assertThat(SearchTerms.fold("Tinzaouatène ÉTÉ Straße")).isEqualTo("tinzaouatene ete strasse");
    assertThat(SearchTerms.fold("أحمد إدلب آمنة مدرسة مستشفى"))
        .isEqualTo("احمد ادلب امنه مدرسه مستشفي");
    assertThat(SearchTerms.fold("قـــتـل")).isEqualTo("قتل"); // tatweel
    assertThat(SearchTerms.fold("قَتَلَ")).isEqualTo("قتل"); // harakat
  }

  @Test
  void indexesWordsHyphenatedWordsAndTheirParts() {
    assertThat(SearchTerms.ofText("frappe de drone | al-Shabaab, Sud-Kivu; l'armée (FAMa)"))
        .contains("frappe", "drone", "al-shabaab", "al", "shabaab", "sud-kivu", "sud", "kivu")
        .contains("l", "armee", "fama")
        .doesNotContain("|", "", "al-shabaab,");
  }

  @Test
  void indexesArabicWordsWithAndWithoutTheArticle() {
    assertThat(SearchTerms.ofText("قصف على الفاشر")).contains("قصف", "الفاشر", "فاشر");
    assertThat(SearchTerms.ofQuery("الفاشر")).containsExactly("فاشر");
    assertThat(SearchTerms.ofQuery("فاشر")).containsExactly("فاشر");
    assertThat(SearchTerms.ofQuery("ال")).containsExactly("ال"); // too short to be an article
  }

  @Test
  void queryWordsAreFoldedLikeTheIndex() {
    assertThat(SearchTerms.ofQuery("  Drone   ATTACK ")).containsExactly("drone", "attack");
    assertThat(SearchTerms.ofQuery("TINZAOUATENE")).containsExactly("tinzaouatene");
    assertThat(SearchTerms.ofQuery("al-Shabaab")).containsExactly("al-shabaab");
    assertThat(SearchTerms.ofQuery("%_ ' -")).isEmpty();
    assertThat(SearchTerms.ofQuery("50%_")).containsExactly("50");
    assertThat(SearchTerms.ofQuery("x".repeat(100))).containsExactly("x".repeat(40));
  }

  @Test
  void aPrefixRangeEndsJustPastEveryWordStartingWithIt() {
    assertThat(SearchIndex.upperBound("tinza")).isEqualTo("tinzb");
    assertThat(SearchIndex.upperBound("فاش")).isEqualTo("فاص");
    assertThat(SearchIndex.upperBound("a\uD7FF")).isEqualTo("a\uE000");
    assertThat(SearchIndex.upperBound("a" + new String(Character.toChars(0x10FFFF)))).isNull();
  }
}
