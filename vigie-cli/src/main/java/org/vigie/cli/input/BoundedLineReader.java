package org.vigie.cli.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, so that each corpus line is decoded and
 * judged on its own (one line of bad bytes does not spoil the rest), and without ever holding more
 * than one line, itself capped: the remainder of an over-long line is skipped, not buffered.
 */
final class BoundedLineReader {

  /** One line without its terminator; {@code bytes} is null when the line was over the limit. */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean eof;

  BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long length = 0;
    boolean sawAnything = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          if (!sawAnything) {
            return null;
          }
          break;
        }
      }
      sawAnything = true;
      int start = position;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline >= 0 ? newline : limit;
      int chunk = end - start;
      if (length + chunk <= maxLineBytes) {
        line.write(buffer, start, chunk);
      }
      length += chunk;
      position = newline >= 0 ? newline + 1 : limit;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (length > maxLineBytes) {
      return new Line(lineNumber, null, length);
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(lineNumber, bytes, length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
