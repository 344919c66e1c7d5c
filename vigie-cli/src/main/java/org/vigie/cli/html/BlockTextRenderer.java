package org.vigie.cli.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as article text: one paragraph (or heading, list item, {@code <br>}-separated
 * line) a line, spaces inside a line collapsed, blank lines dropped. Link-heavy blocks inside the
 * article (inline "read also" lists, tag clouds) are left out. Non-breaking spaces are kept: French
 * typography uses them before « : ; ? ! » and evidence quotes the text as shown.
 */
final class BlockTextRenderer {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "header",
          "footer",
          "figcaption",
          "address",
          "hr",
          "br");

  /** A block whose text is mostly link text is navigation, not prose. */
  private static final double MAX_LINK_SHARE = 0.5;

  private BlockTextRenderer() {}

  static String render(Element root) {
    removeLinkLists(root);
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              raw.append(text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              raw.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              raw.append('\n');
            }
          }
        },
        root);
    List<String> lines = new ArrayList<>();
    for (String line : raw.toString().split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return String.join("\n", lines);
  }

  private static void removeLinkLists(Element root) {
    for (Element block : root.select("ul, ol, dl, div, section, p, table")) {
      if (block.parent() == null || block == root) {
        continue;
      }
      int text = block.text().length();
      if (text == 0) {
        continue;
      }
      int links = 0;
      for (Element a : block.getElementsByTag("a")) {
        links += a.text().length();
      }
      if (links > text * MAX_LINK_SHARE) {
        block.remove();
      }
    }
  }
}
