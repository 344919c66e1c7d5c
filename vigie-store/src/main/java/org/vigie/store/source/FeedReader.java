package org.vigie.store.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.vigie.model.Article;

/**
 * An RSS or Atom file ({@code .rss}, {@code .atom}, {@code .xml}): each item is an article, its
 * text the item's content or else its description, HTML reduced to text; the outlet is the feed
 * title.
 */
public final class FeedReader implements ArticleReader {

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
  }

  @Override
  public void read(Path file, Sink sink) throws IOException {
    SyndFeed feed;
    try (XmlReader in = new XmlReader(file.toFile())) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from a downloaded file
      feed = input.build(in);
    } catch (FeedException | IllegalArgumentException e) {
      sink.skipped(file.toString(), "not a feed: " + e.getMessage());
      return;
    }
    String lang = feed.getLanguage() == null ? null : feed.getLanguage().split("[-_]")[0];
    int i = 0;
    for (SyndEntry e : feed.getEntries()) {
      i++;
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
      String text = html == null ? "" : Jsoup.parse(html).text();
      if (e.getTitle() != null && !text.startsWith(e.getTitle())) {
        text = e.getTitle().strip() + "\n\n" + text;
      }
      if (text.isBlank()) {
        sink.skipped(file + "#" + i, "item without text");
        continue;
      }
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate published = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      String id = e.getUri() != null ? e.getUri() : e.getLink();
      sink.article(
          new Article(id, text, published, lang, e.getLink(), feed.getTitle(), e.getTitle()));
    }
  }
}
