package org.vigie.cli.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of one article into text without ever producing silent mojibake: UTF-8 when the
 * bytes are valid UTF-8 (the overwhelmingly common case), a byte-order mark when there is one, a
 * charset declared by the document (HTML), otherwise ICU's statistical detection with a warning
 * naming the charset it chose. When the guess is too weak, or the bytes do not look like text at
 * all, the input is refused with a message saying why.
 */
public final class TextDecoder {

  /**
   * ICU's confidence (0-100) below which a guess is refused. ICU scores a few sentences of French
   * in Latin-1 or of Arabic in windows-1256 well above this; random bytes score far below.
   */
  static final int MIN_CONFIDENCE = 25;

  /** Share of control characters beyond which decoded "text" is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private final Charset forced;

  /** A decoder that detects; {@code forced} (may be null) skips detection altogether. */
  public TextDecoder(Charset forced) {
    this.forced = forced;
  }

  public static TextDecoder detecting() {
    return new TextDecoder(null);
  }

  /**
   * Decodes {@code bytes}; {@code declared} is a charset named by the document itself (an HTML meta
   * tag), or null.
   */
  public DecodedText decode(byte[] bytes, String declared) throws UnreadableInputException {
    if (bytes.length == 0) {
      throw new UnreadableInputException("empty file");
    }
    if (forced != null) {
      return checked(decodeLeniently(bytes, 0, forced), forced, Optional.empty());
    }
    Optional<DecodedText> withBom = decodeByteOrderMark(bytes);
    if (withBom.isPresent()) {
      return checked(withBom.get());
    }
    if (indexOfNul(bytes) >= 0) {
      throw new UnreadableInputException(
          "binary file (contains NUL bytes), or UTF-16 without a byte-order mark; not text");
    }
    Optional<String> utf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return checked(utf8.get(), StandardCharsets.UTF_8, Optional.empty());
    }
    Charset declaredCharset = charsetOrNull(declared);
    if (declaredCharset != null && !declaredCharset.equals(StandardCharsets.UTF_8)) {
      Optional<String> text = decodeStrictly(bytes, declaredCharset);
      if (text.isPresent()) {
        // The document says what it is and the bytes agree: no guess, nothing to warn about.
        return checked(text.get(), declaredCharset, Optional.empty());
      }
    }
    return detect(bytes, declared != null);
  }

  private DecodedText detect(byte[] bytes, boolean html) throws UnreadableInputException {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(html);
    detector.setText(bytes);
    CharsetMatch best = null;
    Charset bestCharset = null;
    for (CharsetMatch match : detector.detectAll()) {
      Charset charset = javaCharset(match.getName());
      if (charset != null) {
        best = match;
        bestCharset = charset;
        break;
      }
    }
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      String guess =
          best == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  " (best guess %s at %d%% confidence)",
                  bestCharset.name(),
                  best.getConfidence());
      throw new UnreadableInputException(
          "not valid UTF-8 and the encoding cannot be told reliably"
              + guess
              + "; convert the file to UTF-8 or pass --encoding");
    }
    if (bestCharset.equals(StandardCharsets.UTF_8)) {
      // Mostly UTF-8 with a few broken sequences (a truncated or concatenated file).
      String text = decodeLeniently(bytes, 0, StandardCharsets.UTF_8);
      long replaced = text.chars().filter(c -> c == '\uFFFD').count();
      return checked(
          text,
          StandardCharsets.UTF_8,
          Optional.of("invalid UTF-8: " + replaced + " byte sequence(s) replaced with U+FFFD"));
    }
    String text = decodeLeniently(bytes, 0, bestCharset);
    return checked(
        text,
        bestCharset,
        Optional.of(
            String.format(
                Locale.ROOT,
                "not valid UTF-8; decoded as %s (detected, %d%% confidence)",
                bestCharset.name(),
                best.getConfidence())));
  }

  /**
   * The Java charset for an ICU name. ISO-8859-1 is read as its superset windows-1252, as browsers
   * do: bytes 0x80-0x9F are curly quotes and the like in practice, never C1 controls. EBCDIC
   * guesses (IBM420/IBM424) are dropped: no news file is EBCDIC, and ICU proposes them for Arabic
   * or Hebrew text in windows or ISO charsets. So are UTF-16/32 without a byte-order mark.
   */
  private static Charset javaCharset(String icuName) {
    if (icuName == null
        || icuName.startsWith("IBM42")
        || icuName.startsWith("UTF-16")
        || icuName.startsWith("UTF-32")) {
      // UTF-16/32 with a byte-order mark were handled before; without one they are guesses on
      // short texts, and real UTF-16 of Latin text has NUL bytes, refused before.
      return null;
    }
    if (icuName.equalsIgnoreCase("ISO-8859-1")) {
      icuName = "windows-1252";
    }
    return charsetOrNull(icuName);
  }

  private static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Optional<DecodedText> decodeByteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      Optional<String> text = decodeStrictly(b, 3, StandardCharsets.UTF_8);
      return Optional.of(
          text.map(t -> new DecodedText(t, "UTF-8", Optional.<String>empty()))
              .orElseGet(
                  () ->
                      new DecodedText(
                          decodeLeniently(b, 3, StandardCharsets.UTF_8),
                          "UTF-8",
                          Optional.of(
                              "invalid UTF-8 after a UTF-8 byte-order mark; bytes replaced"))));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(utf16(b, StandardCharsets.UTF_16LE));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(utf16(b, StandardCharsets.UTF_16BE));
    }
    return Optional.empty();
  }

  private static DecodedText utf16(byte[] b, Charset charset) {
    return new DecodedText(
        decodeLeniently(b, 2, charset),
        charset.name(),
        Optional.of("decoded as " + charset.name() + " (byte-order mark)"));
  }

  private static DecodedText checked(String text, Charset charset, Optional<String> warning)
      throws UnreadableInputException {
    return checked(new DecodedText(text, charset.name(), warning));
  }

  /** Refuses text that is empty or mostly control characters (binary data that decoded). */
  private static DecodedText checked(DecodedText decoded) throws UnreadableInputException {
    String text = decoded.text();
    if (text.isBlank()) {
      throw new UnreadableInputException("empty file (only whitespace)");
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > text.length() * MAX_CONTROL_SHARE) {
      throw new UnreadableInputException(
          String.format(
              Locale.ROOT,
              "binary file (%d control characters in %d), not text",
              controls,
              text.length()));
    }
    return decoded;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
    return decodeStrictly(bytes, 0, charset);
  }

  private static Optional<String> decodeStrictly(byte[] bytes, int from, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String decodeLeniently(byte[] bytes, int from, Charset charset) {
    return new String(bytes, from, bytes.length - from, charset);
  }
}
