package org.vigie.cli.input;

import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Opens the right reader for each input named on the command line: {@code -} is standard input,
 * {@code .jsonl} a corpus, {@code .html}/{@code .htm} a web page, anything else a plain-text
 * article.
 */
public final class ArticleSources {
  private final ArticleDefaults defaults;
  private final InputLimits limits;
  private final TextDecoder decoder;
  private final InputFormat format;
  private final InputStream stdin;

  /** {@code encoding} forces a charset for text and HTML (null detects). */
  public ArticleSources(
      ArticleDefaults defaults,
      InputLimits limits,
      Charset encoding,
      InputFormat format,
      InputStream stdin) {
    this.defaults = defaults;
    this.limits = limits;
    this.decoder = new TextDecoder(encoding);
    this.format = format;
    this.stdin = stdin;
  }

  public static boolean isStdin(String name) {
    return name.equals("-");
  }

  /** Whether this input may hold several articles. */
  public boolean isCorpus(String name) {
    return formatOf(name) == InputFormat.jsonl;
  }

  public ArticleSource open(String name) {
    RawInput input = isStdin(name) ? RawInput.stdin(stdin) : RawInput.file(name);
    return switch (formatOf(name)) {
      case jsonl -> new JsonlCorpusSource(input, defaults, limits);
      case html -> new HtmlPageSource(input, defaults, limits, decoder);
      case text, auto -> new PlainTextSource(input, defaults, limits, decoder);
    };
  }

  private InputFormat formatOf(String name) {
    if (format != InputFormat.auto) {
      return format;
    }
    if (isStdin(name)) {
      return InputFormat.text;
    }
    return switch (RawInput.file(name).extension()) {
      case "jsonl", "ndjson" -> InputFormat.jsonl;
      case "html", "htm", "xhtml" -> InputFormat.html;
      default -> InputFormat.text;
    };
  }
}
