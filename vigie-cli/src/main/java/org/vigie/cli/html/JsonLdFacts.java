package org.vigie.cli.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.model.Json;

/**
 * The few schema.org facts Vigie reads from a page's JSON-LD blocks: the headline, the publication
 * date and the publisher's name, each the first found in document order (objects, arrays and
 * {@code @graph} lists alike). Broken JSON-LD, common in the wild, is ignored.
 */
record JsonLdFacts(String headline, String datePublished, String publisher) {

  static JsonLdFacts of(Document doc) {
    String headline = null;
    String date = null;
    String publisher = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = Json.mapper().readTree(script.data());
      } catch (IOException e) {
        continue;
      }
      Deque<JsonNode> pending = new ArrayDeque<>();
      pending.add(root);
      while (!pending.isEmpty()) {
        JsonNode node = pending.poll();
        if (node == null) {
          continue;
        }
        if (node.isArray()) {
          node.forEach(pending::add);
          continue;
        }
        if (!node.isObject()) {
          continue;
        }
        headline = headline != null ? headline : text(node.get("headline"));
        date = date != null ? date : text(node.get("datePublished"));
        JsonNode pub = node.get("publisher");
        if (publisher == null && pub != null) {
          publisher = pub.isObject() ? text(pub.get("name")) : text(pub);
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          pending.add(graph);
        }
      }
    }
    return new JsonLdFacts(headline, date, publisher);
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String s = node.asText().trim();
    return s.isEmpty() ? null : s;
  }
}
