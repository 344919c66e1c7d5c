package org.vigie.cli.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
    String text = BlockTextRenderer.render(MainContentLocator.locate(doc));
    return new HtmlPage(
        text, meta.title(), meta.outlet(), meta.published(), meta.url(), meta.language());
  }
}
