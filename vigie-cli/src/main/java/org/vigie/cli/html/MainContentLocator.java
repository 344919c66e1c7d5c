package org.vigie.cli.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article once boilerplate is gone: the marked-up article body
 * ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) when it carries real text,
 * otherwise the densest block, the element whose paragraphs hold the most text (each paragraph
 * scores its parent fully and its grandparent by half, so text split over sibling divs still finds
 * their common container).
 */
final class MainContentLocator {

  /** Paragraph text below which a marked-up candidate is taken for a teaser, not the article. */
  private static final int MIN_MARKED_UP_TEXT = 200;

  /** Paragraphs shorter than this (datelines, captions, "Share") do not vote. */
  private static final int MIN_PARAGRAPH = 25;

  private MainContentLocator() {}

  static Element locate(Document doc) {
    Element body = doc.body();
    for (String candidates :
        new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
      Element best = null;
      int bestText = MIN_MARKED_UP_TEXT - 1;
      for (Element e : body.select(candidates)) {
        int text = BoilerplateFilter.paragraphText(e);
        if (text > bestText) {
          best = e;
          bestText = text;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return densest(body);
  }

  private static Element densest(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.getElementsByTag("p")) {
      int length = p.text().length();
      if (length < MIN_PARAGRAPH) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, (double) length, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, length / 2.0, Double::sum);
        }
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }
}
