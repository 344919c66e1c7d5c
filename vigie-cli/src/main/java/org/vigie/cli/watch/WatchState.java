package org.vigie.cli.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code vigie watch} remembers between polls and runs, per feed URL: the validators of the
 * last good response (ETag, Last-Modified) and the ids of the items already ingested. Stored as
 * JSON ({@code watch-state.json} in the store directory), replaced atomically after each round.
 */
public final class WatchState {

  /** Items remembered per feed; the oldest are forgotten first (feeds show their latest items). */
  static final int MAX_SEEN = 5000;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** One feed's state. Mutable: the poller updates it once a round's items are stored. */
  public static final class Feed {
    public String etag;
    public String lastModified;
    public List<String> seen = new ArrayList<>();

    boolean hasSeen(String id) {
      return seenSet().contains(id);
    }

    private transient LinkedHashSet<String> index;

    private LinkedHashSet<String> seenSet() {
      if (index == null || index.size() != seen.size()) {
        index = new LinkedHashSet<>(seen);
      }
      return index;
    }

    void markSeen(String id) {
      LinkedHashSet<String> s = seenSet();
      if (s.add(id)) {
        seen.add(id);
      }
      if (seen.size() > MAX_SEEN) {
        Iterator<String> it = seen.iterator();
        while (seen.size() > MAX_SEEN && it.hasNext()) {
          it.next();
          it.remove();
        }
        index = null;
      }
    }
  }

  /** The JSON document. */
  public static final class Document {
    public int version = 1;
    public Map<String, Feed> feeds = new TreeMap<>();
  }

  private final Path file;
  private final Document doc;

  private WatchState(Path file, Document doc) {
    this.file = file;
    this.doc = doc;
  }

  /** Loads {@code file}, or starts empty when it does not exist. */
  public static WatchState load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new WatchState(file, new Document());
    }
    Document d = JSON.readValue(file.toFile(), Document.class);
    if (d.feeds == null) {
      d.feeds = new TreeMap<>();
    }
    d.feeds
        .values()
        .forEach(
            f -> {
              if (f.seen == null) {
                f.seen = new ArrayList<>();
              }
            });
    return new WatchState(file, d);
  }

  public Path file() {
    return file;
  }

  /** The state of {@code feedUrl}, created empty on first use. */
  public Feed feed(String feedUrl) {
    return doc.feeds.computeIfAbsent(feedUrl, k -> new Feed());
  }

  /** Writes the state to a temporary file, then moves it over the old one. */
  public void save() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".watch-state", ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), doc);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
