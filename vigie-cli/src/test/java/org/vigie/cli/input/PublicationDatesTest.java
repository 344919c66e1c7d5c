package org.vigie.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  @Test
  void readsIsoDaysDateTimesAndFeedDates() {
    LocalDate day = LocalDate.of(2024, 11, 18);
    assertThat(PublicationDates.parse("2024-11-18")).isEqualTo(day);
    assertThat(PublicationDates.parse(" 2024-11-18T23:30:00+01:00 ")).isEqualTo(day);
    assertThat(PublicationDates.parse("2024-11-18 08:00")).isEqualTo(day);
    assertThat(PublicationDates.parse("2024-11-18T08:00:00Z")).isEqualTo(day);
    assertThat(PublicationDates.parse("Mon, 18 Nov 2024 08:00:00 GMT")).isEqualTo(day);
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(PublicationDates.parse(null)).isNull();
    assertThat(PublicationDates.parse("")).isNull();
    assertThat(PublicationDates.parse("18/11/2024")).isNull();
    assertThat(PublicationDates.parse("2024-02-30")).isNull();
    assertThat(PublicationDates.parse("20241118")).isNull();
    assertThat(PublicationDates.parse("yesterday")).isNull();
  }
}
