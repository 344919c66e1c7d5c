package org.vigie.eval.report;

import java.util.ArrayList;
import java.util.List;

/** A small table rendered as aligned plain text or as Markdown, so both reports say the same. */
final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... header) {
    this.header = List.of(header);
  }

  Table row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  String plain(String indent) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    appendPlain(b, indent, header, width);
    for (List<String> r : rows) {
      appendPlain(b, indent, r, width);
    }
    return b.toString();
  }

  private static void appendPlain(StringBuilder b, String indent, List<String> r, int[] width) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < r.size(); c++) {
      String cell = r.get(c);
      // first column left-aligned (labels), numbers right-aligned
      String pad = " ".repeat(width[c] - cell.length());
      line.append(c == 0 ? cell + pad : pad + cell).append(c + 1 < r.size() ? "  " : "");
    }
    b.append(line.toString().stripTrailing()).append('\n');
  }

  String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("| ").append(String.join(" | ", header)).append(" |\n");
    b.append('|');
    for (int c = 0; c < header.size(); c++) {
      b.append(c == 0 ? "---|" : "---:|");
    }
    b.append('\n');
    for (List<String> r : rows) {
      b.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    return b.toString();
  }
}
