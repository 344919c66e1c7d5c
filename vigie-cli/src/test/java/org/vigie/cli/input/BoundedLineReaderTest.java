package org.vigie.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static List<String> lines(String input, int max) throws IOException {
    BoundedLineReader reader =
        new BoundedLineReader(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    BoundedLineReader.Line line;
    while ((line = reader.next()) != null) {
      out.add(
          line.number()
              + ":"
              + (line.tooLong()
                  ? "TOO LONG " + line.length()
                  : new String(line.bytes(), StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Test
  void splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
    assertThat(lines("a\r\nb\n\nc", 100)).containsExactly("1:a", "2:b", "3:", "4:c");
    assertThat(lines("", 100)).isEmpty();
    assertThat(lines("x\n", 100)).containsExactly("1:x");
  }

  @Test
  void overLongLinesAreReportedWithTheirLengthAndTheNextLineIsIntact() throws IOException {
    assertThat(lines("short\n" + "y".repeat(50) + "\nafter\n", 10))
        .containsExactly("1:short", "2:TOO LONG 50", "3:after");
  }

  @Test
  void linesLongerThanTheBufferAreJoined() throws IOException {
    String big = "z".repeat(200_000);
    assertThat(lines(big + "\nend", 1_000_000)).containsExactly("1:" + big, "2:end");
  }
}
