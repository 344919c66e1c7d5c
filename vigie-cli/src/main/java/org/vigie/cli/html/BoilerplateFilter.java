package org.vigie.cli.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is not the article from a page: code and media, navigation and page furniture
 * (header, footer, menus, sidebars), forms, cookie banners, sharing widgets, comment threads and
 * related-article lists, recognised by tag, ARIA role or class/id names.
 *
 * <p>Structural removals never take an element that holds the article itself: some sites wrap the
 * whole page in a {@code <form>} or put "sidebar" in the class of the main column, so an element
 * that contains the {@code <article>}/{@code <main>} or most of the page's paragraph text is kept.
 */
final class BoilerplateFilter {

  /** Never text, whatever the page. */
  private static final String NON_TEXT =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, picture, video,"
          + " audio, img, figure, button, input, select, textarea, dialog, link, meta";

  /** Page furniture by tag or ARIA role. */
  private static final String FURNITURE =
      "nav, header, footer, aside, form, menu, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=search], [role=dialog],"
          + " [role=alertdialog], [role=menu], [role=menubar], [aria-hidden=true], [hidden]";

  /**
   * Inside the article, a header is the article's own (headline, standfirst, dateline), not the
   * site's: it stays, minus its {@code <time>} (the publication date, read as metadata).
   */
  private static final String ARTICLE = "article, main, [itemprop=articleBody]";

  /** Class or id words naming page furniture, matched as whole words. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "header",
          "masthead",
          "footer",
          "sidebar",
          "share",
          "sharing",
          "social",
          "related",
          "recommended",
          "comment",
          "comments",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "banner",
          "promo",
          "ad",
          "ads",
          "advert",
          "advertisement",
          "newsletter",
          "subscribe",
          "subscription",
          "paywall",
          "breadcrumb",
          "breadcrumbs",
          "popup",
          "modal",
          "tags",
          "widget",
          "trending",
          "outbrain",
          "taboola",
          "byline",
          "author",
          "signup",
          "toolbar",
          "pagination");

  /** Class or id fragments distinctive enough to match inside camelCase names too. */
  private static final Pattern FURNITURE_FRAGMENT =
      Pattern.compile("cookie|consent|newsletter|outbrain|taboola|breadcrumb|comment|sidebar");

  private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");

  private BoilerplateFilter() {}

  static void clean(Document doc) {
    removeComments(doc);
    doc.select(NON_TEXT).remove();
    Element body = doc.body();
    int pageParagraphText = paragraphText(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : doc.select(FURNITURE)) {
      if (e.normalName().equals("header") && insideArticle(e)) {
        e.select("time").remove();
      } else {
        doomed.add(e);
      }
    }
    for (Element e : body.getAllElements()) {
      if (e != body && looksLikeFurniture(e)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null && !holdsTheArticle(e, pageParagraphText)) {
        e.remove();
      }
    }
  }

  private static boolean looksLikeFurniture(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
    if (names.isEmpty()) {
      return false;
    }
    if (FURNITURE_FRAGMENT.matcher(names).find()) {
      return true;
    }
    for (String word : WORD_SPLIT.split(names)) {
      if (FURNITURE_WORDS.contains(word)) {
        return !(word.equals("header") && insideArticle(e));
      }
    }
    return false;
  }

  private static boolean insideArticle(Element e) {
    for (Element parent : e.parents()) {
      if (parent.is(ARTICLE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsTheArticle(Element e, int pageParagraphText) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) {
      return true;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    if (!e.select("article, main, [itemprop=articleBody]").isEmpty()) {
      return true;
    }
    return pageParagraphText > 0 && paragraphText(e) * 2 > pageParagraphText;
  }

  static int paragraphText(Element root) {
    int total = 0;
    for (Element p : root.getElementsByTag("p")) {
      total += p.text().length();
    }
    return total;
  }

  private static void removeComments(Document doc) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Comment) {
                comments.add(node);
              }
            },
        doc);
    comments.forEach(Node::remove);
  }
}
