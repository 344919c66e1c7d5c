package org.vigie.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFilterTest {

  @Test
  void keepsLatinAndArabicNamesAndDropsCodes() {
    assertThat(NameFilter.keep("Umm Rashrash")).isTrue();
    assertThat(NameFilter.keep("أم الرشراش")).isTrue();
    assertThat(NameFilter.keep("Deir ez-Zor")).isTrue();
    assertThat(NameFilter.keep("ETH")).isFalse(); // IATA
    assertThat(NameFilter.keep("LLET")).isFalse(); // ICAO
    assertThat(NameFilter.keep("88000")).isFalse(); // postcode
    assertThat(NameFilter.keep("Эйлат")).isFalse(); // other scripts cost space, help nobody here
    assertThat(NameFilter.keep("eilat")).isFalse(); // not written like a name
    assertThat(NameFilter.keep("Eilat אילת")).isFalse();
  }
}
