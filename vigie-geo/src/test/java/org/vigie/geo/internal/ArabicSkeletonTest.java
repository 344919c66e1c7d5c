package org.vigie.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.text.Fold;

class ArabicSkeletonTest {

  private static String ar(String name) {
    return ArabicSkeleton.ofArabic(Fold.key(name));
  }

  private static String latin(String name) {
    return ArabicSkeleton.ofLatin(Fold.key(name));
  }

  @Test
  void arabicSpellingAndItsTransliterationsShareASkeleton() {
    assertThat(ar("الفاشر")).isEqualTo(latin("El Fasher")).isEqualTo(latin("Al Fāshir"));
    assertThat(ar("الحسكة")).isEqualTo(latin("Al-Hasakah"));
    assertThat(ar("الخرطوم")).isEqualTo(latin("Khartoum"));
    assertThat(ar("أبو شوك")).isEqualTo(latin("Abu Shouk"));
    assertThat(ar("القامشلي")).isEqualTo(latin("Qamishli"));
  }

  @Test
  void differentNamesDiffer() {
    assertThat(ar("الفاشر")).isNotEqualTo(latin("Nyala"));
    assertThat(latin("Kassala")).isEqualTo("ksl");
  }

  @Test
  void tellsScripts() {
    assertThat(ArabicSkeleton.isArabic("الفاشر")).isTrue();
    assertThat(ArabicSkeleton.isArabic("fasher")).isFalse();
  }
}
