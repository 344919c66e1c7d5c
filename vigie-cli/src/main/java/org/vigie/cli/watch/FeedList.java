package org.vigie.cli.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds file: one http(s) URL a line; blank lines and lines starting with {@code #} are
 * ignored, as is anything after a {@code #} preceded by whitespace. Duplicates are read once.
 */
public record FeedList(List<URI> feeds, List<String> problems) {

  public static FeedList read(Path file) throws IOException {
    Set<URI> feeds = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf(" #");
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        URI uri = new URI(line);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          problems.add(file + ":" + (i + 1) + ": not an http(s) URL: " + line);
          continue;
        }
        feeds.add(uri);
      } catch (URISyntaxException e) {
        problems.add(file + ":" + (i + 1) + ": not a URL: " + line);
      }
    }
    return new FeedList(List.copyOf(feeds), List.copyOf(problems));
  }
}
