package org.vigie.eval.gold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checks of a materialised news-dev text: {@code text_length} (code points, as the Python build
 * script counts) and {@code text_sha256_ws}, SHA-256 of the text with every whitespace run
 * collapsed to one space and the ends trimmed (Python's {@code " ".join(text.split())}).
 */
public final class TextDigest {
  private TextDigest() {}

  public static String sha256Ws(String text) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(collapseWhitespace(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  public static String collapseWhitespace(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pending = b.length() > 0;
      } else {
        if (pending) {
          b.append(' ');
          pending = false;
        }
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /** Python's str.isspace: Java whitespace, no-break spaces, and NEL. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** A message when the text is not the one the gold was read off, or null when it is. */
  public static String mismatch(GoldArticle a, String text) {
    StringBuilder m = new StringBuilder();
    if (a.textLength() != null && a.textLength() != length(text)) {
      m.append("length ").append(length(text)).append(" ≠ ").append(a.textLength());
    }
    if (a.textSha256Ws() != null && !a.textSha256Ws().equalsIgnoreCase(sha256Ws(text))) {
      m.append(m.length() > 0 ? ", " : "").append("text_sha256_ws differs");
    }
    return m.length() == 0 ? null : m.toString();
  }
}
