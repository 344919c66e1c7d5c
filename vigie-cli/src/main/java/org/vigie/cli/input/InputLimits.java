package org.vigie.cli.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The size above which one article is refused. News reports are a few kilobytes; a page of many
 * megabytes is a mistake (a log, a dump, a binary) and would only slow the run down, so it is
 * refused with a message rather than read. The limit applies to the raw bytes of one article: a
 * plain file, a web page, standard input or one corpus line.
 */
public record InputLimits(int maxArticleBytes) {

  public static final int DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

  public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_ARTICLE_BYTES);

  public InputLimits {
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException("the article size limit must be positive");
    }
  }

  /** The message shown for input above the limit. */
  String tooLarge(long size) {
    String actual = size >= 0 ? " (" + human(size) + ")" : "";
    return "too large"
        + actual
        + ": the limit is "
        + human(maxArticleBytes)
        + " per article (--max-size)";
  }

  static String human(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  /**
   * Reads the whole stream, stopping as soon as it passes the limit, so that an endless or huge
   * input costs at most the limit in memory and time.
   */
  byte[] readAll(InputStream in) throws IOException, UnreadableInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > maxArticleBytes) {
        throw new UnreadableInputException(tooLarge(-1));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
