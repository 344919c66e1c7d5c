package org.vigie.cli.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.cli.html.HtmlPage;
import org.vigie.cli.html.HtmlPageReader;
import org.vigie.model.Article;

/**
 * A saved web page holding one article. The article text is the page's main text (see {@link
 * HtmlPageReader}); title, outlet, date, url and language come from the page's metadata unless
 * given on the command line, which wins.
 */
public final class HtmlPageSource implements ArticleSource {

  /** A charset named in the page's first bytes, as browsers look for it. */
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private static final int SNIFF_BYTES = 4096;

  private final RawInput input;
  private final ArticleDefaults defaults;
  private final InputLimits limits;
  private final TextDecoder decoder;
  private boolean done;

  public HtmlPageSource(
      RawInput input, ArticleDefaults defaults, InputLimits limits, TextDecoder decoder) {
    this.input = input;
    this.defaults = defaults;
    this.limits = limits;
    this.decoder = decoder;
  }

  @Override
  public SourceItem next() {
    if (done) {
      return null;
    }
    done = true;
    String label = input.label();
    try {
      byte[] bytes = ArticleBytes.read(input, limits);
      DecodedText decoded = decoder.decode(bytes, declaredCharset(bytes));
      HtmlPage page = HtmlPageReader.read(decoded.text(), defaults.url());
      if (page.text().isBlank()) {
        return new SourceItem.Unreadable(label, "no article text found in the page");
      }
      Article article =
          new Article(
              input.defaultId(),
              page.text(),
              ArticleDefaults.pick(defaults.published(), page.published()),
              ArticleDefaults.pick(defaults.language(), page.language()),
              ArticleDefaults.pick(defaults.url(), page.url()),
              ArticleDefaults.pick(defaults.outlet(), page.outlet()),
              page.title());
      List<String> notes = new ArrayList<>();
      decoded.warning().ifPresent(notes::add);
      return new SourceItem.Readable(label, article, notes);
    } catch (UnreadableInputException e) {
      return new SourceItem.Unreadable(label, e.getMessage());
    } catch (IOException e) {
      return new SourceItem.Unreadable(label, IoMessages.describe(e));
    }
  }

  static String declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
