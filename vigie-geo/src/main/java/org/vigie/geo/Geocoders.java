package org.vigie.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.geo.build.GazetteerWriter;
import org.vigie.geo.internal.ArticleGeocoder;
import org.vigie.geo.internal.Cues;
import org.vigie.geo.internal.PlaceIndex;

/**
 * Entry points: {@link #loadDefault()} for the gazetteer bundled in the jar (loaded once, shared),
 * {@link #load(Path)} for an index built by {@code vigie gazetteer import}.
 */
public final class Geocoders {
  static final String DEFAULT_RESOURCE = "/org/vigie/geo/" + GazetteerWriter.BINARY_FILE_NAME;

  private Geocoders() {}

  private static final class Holder {
    // class-holder idiom: loaded on first use, exactly once, without locking afterwards
    static final ArticleGeocoder DEFAULT = loadResource();

    private static ArticleGeocoder loadResource() {
      Cues cues = Cues.loadDefault();
      try (InputStream in = Geocoders.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled gazetteer missing: " + DEFAULT_RESOURCE);
        }
        return new ArticleGeocoder(PlaceIndex.load(in, cues, true), cues);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The geocoder over the bundled gazetteer; thread-safe, loaded once per JVM. */
  public static Geocoder loadDefault() {
    return Holder.DEFAULT;
  }

  /**
   * A geocoder over a user-built index: {@code dir} is the directory written by {@code vigie
   * gazetteer import} (or the gazetteer file itself). Curated places and aliases are added.
   */
  public static Geocoder load(Path dir) throws IOException {
    // the binary index when there is one, else the TSV (the loader tells them apart)
    Path file = dir;
    if (Files.isDirectory(dir)) {
      file = dir.resolve(GazetteerWriter.BINARY_FILE_NAME);
      if (!Files.exists(file)) {
        file = dir.resolve(GazetteerWriter.FILE_NAME);
      }
    }
    Cues cues = Cues.loadDefault();
    try (InputStream in = Files.newInputStream(file)) {
      return new ArticleGeocoder(PlaceIndex.load(in, cues, true), cues);
    }
  }
}
