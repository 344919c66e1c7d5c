package org.vigie.cli.watch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.vigie.cli.html.HtmlPage;
import org.vigie.cli.html.HtmlPageReader;
import org.vigie.cli.input.DecodedText;
import org.vigie.cli.input.TextDecoder;
import org.vigie.cli.input.UnreadableInputException;
import org.vigie.model.Article;

/**
 * Polls one feed: a conditional GET with the validators remembered from last time, then, for each
 * item not seen before, its page reduced to main text as {@code vigie extract} does (falling back
 * to the item's own description when the page cannot be fetched or has no text). Nothing here
 * writes to the store or the state: the caller does both once the articles are stored, so that an
 * item is never marked seen before it is safely ingested.
 */
public final class FeedPoller {

  /** Feeds above this size are refused. */
  static final long MAX_FEED_BYTES = 10L << 20;

  /** Pages above this size are refused (the item's description is used instead). */
  static final long MAX_PAGE_BYTES = 5L << 20;

  private static final String FEED_ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";
  private static final java.util.regex.Pattern META_CHARSET =
      java.util.regex.Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

  /** A new item read from a feed, with the key it is remembered by. */
  public record NewItem(String key, Article article, boolean fromPage) {}

  /**
   * What polling one feed gave: {@code notModified} when the server answered 304; otherwise the new
   * items and the validators to remember once they are stored. {@code error} is set (and the rest
   * empty) when the feed could not be read at all.
   */
  public record Result(
      URI feed,
      boolean notModified,
      List<NewItem> items,
      List<String> skippedKeys,
      String etag,
      String lastModified,
      List<String> notes,
      String error) {

    static Result failed(URI feed, String error) {
      return new Result(feed, false, List.of(), List.of(), null, null, List.of(), error);
    }
  }

  private final HttpFetcher http;

  public FeedPoller(HttpFetcher http) {
    this.http = http;
  }

  /** Polls {@code feed} given what is remembered about it. Never throws but on interruption. */
  public Result poll(URI feed, WatchState.Feed state) throws InterruptedException {
    HttpFetcher.Response r;
    try {
      r = http.get(feed, FEED_ACCEPT, state.etag, state.lastModified, MAX_FEED_BYTES);
    } catch (IOException | IllegalArgumentException e) {
      return Result.failed(feed, describe(e));
    }
    if (r.notModified()) {
      return new Result(
          feed, true, List.of(), List.of(), state.etag, state.lastModified, List.of(), null);
    }
    if (!r.ok()) {
      return Result.failed(feed, "HTTP " + r.status());
    }
    SyndFeed parsed;
    try (XmlReader in = new XmlReader(new ByteArrayInputStream(r.body()), r.contentType(), true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from the network
      parsed = input.build(in);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      return Result.failed(feed, "not a readable RSS/Atom feed: " + oneLine(e.getMessage()));
    }
    String feedLang = language(parsed.getLanguage());
    String feedTitle = blankToNull(parsed.getTitle());
    List<NewItem> items = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> keysThisRound = new ArrayList<>();
    for (SyndEntry e : parsed.getEntries()) {
      String link = resolve(r.uri(), blankToNull(e.getLink()));
      String key = itemKey(e, link);
      if (key == null || state.hasSeen(key) || keysThisRound.contains(key)) {
        continue;
      }
      keysThisRound.add(key);
      NewItem item = item(e, key, link, feedTitle, feedLang, notes);
      if (item == null) {
        notes.add(feed + ": item " + key + " has no text (no page, no description); skipped");
        skipped.add(key);
        continue;
      }
      items.add(item);
    }
    return new Result(feed, false, items, skipped, r.etag(), r.lastModified(), notes, null);
  }

  /** The item id the feed gives (guid / Atom id), else its link, else its title. */
  static String itemKey(SyndEntry e, String link) {
    String uri = blankToNull(e.getUri());
    if (uri != null) {
      return uri;
    }
    if (link != null) {
      return link;
    }
    String title = blankToNull(e.getTitle());
    return title == null ? null : "title:" + title.strip();
  }

  private NewItem item(
      SyndEntry e, String key, String link, String feedTitle, String feedLang, List<String> notes)
      throws InterruptedException {
    HtmlPage page = link == null ? null : fetchPage(link, notes);
    String title = blankToNull(e.getTitle());
    title = title == null ? null : Jsoup.parse(title).text().strip();
    String text;
    boolean fromPage = page != null && !page.text().isBlank();
    if (fromPage) {
      text = page.text();
    } else {
      text = description(e);
      if (text == null) {
        return null;
      }
    }
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    LocalDate published =
        d != null
            ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
            : page == null ? null : page.published();
    String lang = page != null && page.language() != null ? language(page.language()) : feedLang;
    String outlet = page != null && page.outlet() != null ? page.outlet() : feedTitle;
    if (title == null && page != null) {
      title = page.title();
    }
    return new NewItem(key, new Article(key, text, published, lang, link, outlet, title), fromPage);
  }

  /** The page at {@code link} read as {@code vigie extract} reads one; null when unavailable. */
  private HtmlPage fetchPage(String link, List<String> notes) throws InterruptedException {
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException ex) {
      notes.add(link + ": not a URL; using the item's description");
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      notes.add(link + ": not an http(s) link; using the item's description");
      return null;
    }
    try {
      HttpFetcher.Response r = http.get(uri, PAGE_ACCEPT, null, null, MAX_PAGE_BYTES);
      if (!r.ok()) {
        notes.add(link + ": HTTP " + r.status() + "; using the item's description");
        return null;
      }
      DecodedText decoded =
          TextDecoder.detecting().decode(r.body(), declaredCharset(r.contentType(), r.body()));
      decoded.warning().ifPresent(w -> notes.add(link + ": " + w));
      HtmlPage page = HtmlPageReader.read(decoded.text(), r.uri().toString());
      if (page.text().isBlank()) {
        notes.add(link + ": no article text in the page; using the item's description");
      }
      return page;
    } catch (UnreadableInputException ex) {
      notes.add(link + ": " + ex.getMessage() + "; using the item's description");
    } catch (IOException | IllegalArgumentException ex) {
      notes.add(link + ": " + describe(ex) + "; using the item's description");
    }
    return null;
  }

  /** The item's content, else its description, HTML reduced to text; null when empty. */
  private static String description(SyndEntry e) {
    String html = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        html = c.getValue();
        break;
      }
    }
    if (html == null && e.getDescription() != null) {
      html = e.getDescription().getValue();
    }
    if (html == null) {
      return null;
    }
    String text = Jsoup.parse(html).text().strip();
    return text.isEmpty() ? null : text;
  }

  /** The charset named by the Content-Type header, else by the page's own meta tag. */
  static String declaredCharset(String contentType, byte[] body) {
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          return p.substring(8).replace("\"", "").strip();
        }
      }
    }
    String head =
        new String(
            body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static String resolve(URI base, String link) {
    if (link == null) {
      return null;
    }
    try {
      return base == null ? link : base.resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link.strip();
    }
  }

  private static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static String describe(Exception e) {
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out (" + oneLine(e.getMessage()) + ")";
    }
    if (e instanceof java.net.ConnectException) {
      return "connection refused or unreachable";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m));
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }
}
