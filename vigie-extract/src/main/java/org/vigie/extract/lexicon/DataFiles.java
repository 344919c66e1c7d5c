package org.vigie.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled data files: UTF-8 lines, blank lines and {@code #} comments left out. */
public final class DataFiles {
  private DataFiles() {}

  /** The content lines of a classpath resource; a missing file is a packaging error. */
  public static List<String> lines(String path) {
    try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled data file missing: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
