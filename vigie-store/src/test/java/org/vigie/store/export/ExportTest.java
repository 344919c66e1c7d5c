package org.vigie.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.model.Json;
import org.vigie.store.Backends;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.Fixtures;
import org.vigie.store.WriteMode;

class ExportTest {

  static List<String> backends() {
    return Backends.names().toList();
  }

  @ParameterizedTest
  @MethodSource("backends")
  void exportsEveryFormat(String backend) throws Exception {
    try (EventStore s = EventStore.open(Backends.fresh(backend))) {
      s.write(
          List.of(
              Fixtures.extracted(Fixtures.tinzFr1()),
              Fixtures.extracted(Fixtures.tinzFr2()),
              Fixtures.extracted(Fixtures.sumy())),
          WriteMode.SKIP_KNOWN);

      StringWriter json = new StringWriter();
      assertThat(EventExporter.forFormat("json").export(s, EventQuery.all(), json)).isEqualTo(2);
      JsonNode arr = Json.mapper().readTree(json.toString());
      assertThat(arr.size()).isEqualTo(2);
      JsonNode tinz =
          arr.get(0).get("location").get("country").asText().equals("ML") ? arr.get(0) : arr.get(1);
      assertThat(tinz.get("articleIds").size()).isEqualTo(2);
      assertThat(tinz.get("sources").get(0).has("outlet")).isTrue();
      assertThat(tinz.get("casualties").get("killed").get("value").asInt()).isEqualTo(20);

      StringWriter jsonl = new StringWriter();
      EventExporter.forFormat("jsonl").export(s, EventQuery.builder().country("UA").build(), jsonl);
      assertThat(jsonl.toString().strip().split("\n")).hasSize(1);

      StringWriter csv = new StringWriter();
      EventExporter.forFormat("csv")
          .export(s, EventQuery.builder().sort(EventQuery.Sort.DATE_ASC).build(), csv);
      String[] lines = csv.toString().split("\n");
      assertThat(lines[0]).startsWith("event_id_cnty,event_date,year,time_precision,event_type");
      assertThat(lines[0])
          .endsWith("vigie_type,vigie_mode,status,claimed_by,injured,evidence_count,confidence");
      assertThat(lines).hasSize(3);
      assertThat(lines[1])
          .contains(",2024-08-25,2024,1,")
          .contains(",Mali,ML,")
          .contains("Le Monde; RFI");
      assertThat(lines[2]).contains(",Ukraine,UA,Sumy Oblast,").contains(",34,");

      StringWriter geo = new StringWriter();
      EventExporter.forFormat("geojson").export(s, EventQuery.all(), geo);
      JsonNode fc = Json.mapper().readTree(geo.toString());
      assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
      assertThat(fc.get("features").size()).isEqualTo(2);
      assertThat(fc.get("features").get(0).get("geometry").get("coordinates").size()).isEqualTo(2);
    }
  }

  @org.junit.jupiter.api.Test
  void csvCellsAreQuotedAndDefused() {
    assertThat(AcledCsvExporter.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AcledCsvExporter.cell("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(AcledCsvExporter.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(AcledCsvExporter.cell("-3")).isEqualTo("-3");
  }
}
