package org.vigie.cli.input;

import java.io.IOException;
import java.io.InputStream;

/** Reads the bytes of a one-article input, refusing it early when it is over the size limit. */
final class ArticleBytes {
  private ArticleBytes() {}

  static byte[] read(RawInput input, InputLimits limits)
      throws IOException, UnreadableInputException {
    long size = input.size();
    if (size > limits.maxArticleBytes()) {
      // Known in advance for a file: refuse without reading a byte.
      throw new UnreadableInputException(limits.tooLarge(size));
    }
    try (InputStream in = input.open()) {
      return limits.readAll(in);
    }
  }
}
