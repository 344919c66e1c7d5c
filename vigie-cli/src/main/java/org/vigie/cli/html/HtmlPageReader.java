package org.vigie.cli.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news web page: its metadata first, from the untouched document, then its main text once
 * boilerplate is removed. jsoup parses any markup without throwing, so a broken page gives what
 * text it has rather than an error.
 */
public final class HtmlPageReader {
  private HtmlPageReader() {}

  /** {@code baseUri} resolves relative canonical links; may be empty. */
  public static HtmlPage read(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    PageMetadata meta = PageMetadataReader.read(doc);
    BoilerplateFilter.clean(doc);
    Element root = MainContentLocator.locate(doc);
    // The headline is the title field, not part of the text: as in a plain-text article, the
    // text starts with the body, and a headline repeating the lead is not read twice.
    root.select("h1").remove();
    String text = BlockTextRenderer.render(root);
    return new HtmlPage(
        text, meta.title(), meta.outlet(), meta.published(), meta.url(), meta.language());
  }
}
