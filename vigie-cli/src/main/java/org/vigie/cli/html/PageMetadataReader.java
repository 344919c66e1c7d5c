package org.vigie.cli.html;

import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.cli.input.PublicationDates;

/**
 * Reads a page's metadata, most explicit source first: Open Graph and article tags, then JSON-LD,
 * then the older {@code <meta name=...>} conventions, then the visible {@code <time>} of the
 * article. Runs on the untouched document, before boilerplate is removed.
 */
final class PageMetadataReader {

  private static final String[] DATE_META = {
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "DC.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "DC.date",
    "sailthru.date",
    "parsely-pub-date"
  };

  private PageMetadataReader() {}

  static PageMetadata read(Document doc) {
    JsonLdFacts ld = JsonLdFacts.of(doc);
    String outlet = first(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"));
    String title =
        first(
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            ld.headline(),
            text(doc.selectFirst("article h1, main h1, h1")),
            withoutOutletSuffix(doc.title(), outlet));
    String url =
        first(absolute(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    return new PageMetadata(title, outlet, published(doc, ld), url, language(doc));
  }

  private static LocalDate published(Document doc, JsonLdFacts ld) {
    for (String name : DATE_META) {
      LocalDate date = PublicationDates.parse(meta(doc, name));
      if (date != null) {
        return date;
      }
      if (name.equals("og:article:published_time")) {
        // schema.org microdata and JSON-LD come right after the Open Graph tags
        date = PublicationDates.parse(itemprop(doc, "datePublished"));
        if (date == null) {
          date = PublicationDates.parse(ld.datePublished());
        }
        if (date != null) {
          return date;
        }
      }
    }
    for (String scope : new String[] {"article time[datetime]", "main time[datetime]"}) {
      LocalDate date = PublicationDates.parse(attr(doc.selectFirst(scope), "datetime"));
      if (date != null) {
        return date;
      }
    }
    Element pubdate = doc.selectFirst("time[pubdate][datetime]");
    return PublicationDates.parse(attr(pubdate, "datetime"));
  }

  private static String language(Document doc) {
    String lang =
        first(
            attr(doc.selectFirst("html[lang]"), "lang"),
            meta(doc, "og:locale"),
            attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"));
    if (lang == null) {
      return null;
    }
    String primary = lang.trim().split("[-_,; ]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** "Title - Outlet" or "Title | Outlet" becomes "Title" when the outlet is known. */
  private static String withoutOutletSuffix(String title, String outlet) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.trim();
    if (outlet != null) {
      for (String sep : new String[] {" | ", " - ", " – ", " — ", " : "}) {
        String suffix = sep + outlet.trim();
        if (t.endsWith(suffix) && t.length() > suffix.length()) {
          return t.substring(0, t.length() - suffix.length()).trim();
        }
      }
    }
    return t;
  }

  private static String meta(Document doc, String key) {
    for (String attribute : new String[] {"property", "name", "itemprop"}) {
      for (Element meta : doc.getElementsByTag("meta")) {
        if (meta.attr(attribute).equalsIgnoreCase(key)) {
          String content = meta.attr("content").trim();
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  private static String itemprop(Document doc, String prop) {
    for (Element e : doc.getElementsByAttributeValue("itemprop", prop)) {
      String value = first(attr(e, "datetime"), attr(e, "content"), text(e));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String absolute(Element e, String attribute) {
    if (e == null) {
      return null;
    }
    String abs = e.absUrl(attribute);
    return abs.isEmpty() ? attr(e, attribute) : abs;
  }

  private static String attr(Element e, String attribute) {
    if (e == null) {
      return null;
    }
    String value = e.attr(attribute).trim();
    return value.isEmpty() ? null : value;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String value = e.text().trim();
    return value.isEmpty() ? null : value;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
