package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.store.BoundingBox;
import org.vigie.store.EventQuery;
import org.vigie.store.GroupBy;

class EventQueryParserTest {

  private static Map<String, List<String>> params(String... kv) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
    }
    return m;
  }

  @Test
  void readsEveryFilter() {
    EventQuery q =
        EventQueryParser.list(
            params(
                "from",
                "2024-01-01",
                "to",
                "2024-12-31",
                "bbox",
                "-5,10,15,25",
                "country",
                "ml",
                "admin1",
                "Kidal",
                "actor",
                "jnim",
                "type",
                "assault",
                "mode",
                "Drone",
                "status",
                "claimed",
                "scope",
                "discrete",
                "q",
                " tinza ",
                "includeRejected",
                "true",
                "sort",
                "date_asc",
                "limit",
                "20"));
    assertThat(q.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(q.bbox()).isEqualTo(new BoundingBox(10, -5, 25, 15));
    assertThat(q.country()).isEqualTo("ML");
    assertThat(q.type()).isEqualTo("ASSAULT");
    assertThat(q.mode()).isEqualTo("drone");
    assertThat(q.text()).isEqualTo("tinza");
    assertThat(q.includeRejected()).isTrue();
    assertThat(q.sort()).isEqualTo(EventQuery.Sort.DATE_ASC);
    assertThat(q.limit()).isEqualTo(20);
  }

  @Test
  void defaultsAreNewestFirstFiftyAtATime() {
    EventQuery q = EventQueryParser.list(Map.of());
    assertThat(q.sort()).isEqualTo(EventQuery.Sort.DATE_DESC);
    assertThat(q.limit()).isEqualTo(EventQuery.DEFAULT_LIMIT);
    assertThat(q.includeRejected()).isFalse();
  }

  @Test
  void bboxLongitudesPastTheAntimeridianAreClamped() {
    assertThat(EventQueryParser.bbox("-200,-10,200,10"))
        .isEqualTo(new BoundingBox(-10, -180, 10, 180));
  }

  @Test
  void aBboxAcrossTheAntimeridianIsRefused() {
    // the store's box does not wrap: 170°E to 170°W is asked as two boxes, not one
    assertThatThrownBy(() -> EventQueryParser.bbox("170,-20,-170,-10"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("minLon is greater than maxLon");
  }

  @Test
  void refusalsNameTheParameter() {
    assertThatThrownBy(() -> EventQueryParser.list(params("limit", "1001")))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> EventQueryParser.list(params("from", "2024-13-01")))
        .hasMessageContaining("from");
    assertThatThrownBy(() -> EventQueryParser.list(params("bbox", "a,b,c,d")))
        .hasMessageContaining("bbox");
    assertThatThrownBy(() -> EventQueryParser.list(params("type", "ASSAULT; DROP")))
        .hasMessageContaining("type");
    assertThatThrownBy(() -> EventQueryParser.list(params("q", "x".repeat(201))))
        .hasMessageContaining("q");
    assertThatThrownBy(() -> EventQueryParser.list(params("by", "day")))
        .hasMessageContaining("unknown parameter 'by'");
    assertThatThrownBy(() -> EventQueryParser.groupBy(params("by", "day", "cell", "1")))
        .hasMessageContaining("cell");
  }

  @Test
  void aTrailingAmpersandIsNotAnUnknownParameter() {
    assertThat(EventQueryParser.list(params("", "", "country", "ML")).country()).isEqualTo("ML");
  }

  @Test
  void groupByKinds() {
    assertThat(EventQueryParser.groupBy(params("by", "week")).kind()).isEqualTo(GroupBy.Kind.WEEK);
    GroupBy cell = EventQueryParser.groupBy(params("by", "cell", "cell", "0.5"));
    assertThat(cell.kind()).isEqualTo(GroupBy.Kind.CELL);
    assertThat(cell.cellDegrees()).isEqualTo(0.5);
    assertThat(EventQueryParser.groupBy(params("by", "cell")).cellDegrees()).isEqualTo(1.0);
  }
}
