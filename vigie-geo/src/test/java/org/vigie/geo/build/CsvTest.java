package org.vigie.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<List<String>> rows =
        Csv.parse("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).containsExactly("1", "x, y", "say \"hi\"");
    assertThat(rows.get(2)).containsExactly("2", "two\nlines", "");
  }
}
