package org.vigie.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.geo.internal.Cues;

class GazetteerBuilderTest {
  private final Cues cues = Cues.loadDefault();
  private final GazetteerBuilder builder = new GazetteerBuilder(Path.of("."), cues);

  @Test
  void adminNamesLoseTheirAdminWords() {
    assertThat(builder.stripAdminWords("Province de la Kossi")).isEqualTo("Kossi");
    assertThat(builder.stripAdminWords("Al Muthanna Governorate")).isEqualTo("Al Muthanna");
    assertThat(builder.stripAdminWords("محافظة الحسكة")).isEqualTo("الحسكة");
    assertThat(builder.stripAdminWords("Sahel")).isEqualTo("Sahel");
  }

  @Test
  void keysIncludeArticleLessForms() {
    GazetteerEntry e =
        new GazetteerEntry(
            "geonames:173811",
            "Al Ḩasakah",
            36.5,
            40.7,
            "SY",
            "01",
            "",
            "P",
            "PPLA",
            422445,
            List.of("الحسكة", "Hassetche"));
    assertThat(new GazetteerWriter(cues).keys(e))
        .contains("al hasakah", "hasakah", "الحسكه", "حسكه", "hassetche");
    GazetteerEntry elPaso =
        new GazetteerEntry(
            "geonames:5520993",
            "El Paso",
            31.8,
            -106.4,
            "US",
            "TX",
            "",
            "P",
            "PPLA2",
            678815,
            List.of());
    assertThat(new GazetteerWriter(cues).keys(elPaso)).containsExactly("el paso");
  }
}
