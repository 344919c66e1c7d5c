package org.vigie.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.extract.actor.ActorRegistry;
import org.vigie.extract.event.AcledMapper;
import org.vigie.extract.lang.LanguageIdentifier;
import org.vigie.extract.lang.LanguagePack;
import org.vigie.extract.lexicon.DataFiles;
import org.vigie.geo.Geocoder;
import org.vigie.geo.Geocoders;

/** Factory of the default extraction pipeline with the bundled resources. */
public final class Extractors {
  private static volatile Extractor shared;

  private Extractors() {}

  /**
   * The default pipeline: bundled lexicons for the languages of {@code languages.txt}, the actor
   * registry and the gazetteer. Built once and shared (it is thread-safe and costly to load).
   */
  public static Extractor createDefault() {
    Extractor e = shared;
    if (e == null) {
      synchronized (Extractors.class) {
        e = shared;
        if (e == null) {
          e = create(Geocoders.loadDefault());
          shared = e;
        }
      }
    }
    return e;
  }

  public static Extractor create(Geocoder geocoder) {
    Map<String, LanguagePack> packs = new LinkedHashMap<>();
    List<String> detectable = new ArrayList<>();
    for (String line : DataFiles.lines("/org/vigie/extract/languages.txt")) {
      String[] parts = line.strip().split("\\s+");
      if (parts[0].equals("supported")) {
        for (int i = 1; i < parts.length; i++) {
          packs.put(parts[i], LanguagePack.load(parts[i]));
          detectable.add(parts[i]);
        }
      } else if (parts[0].equals("detected")) {
        for (int i = 1; i < parts.length; i++) {
          detectable.add(parts[i]);
        }
      }
    }
    return new PipelineExtractor(
        packs,
        new LanguageIdentifier(detectable),
        ActorRegistry.loadDefault(),
        geocoder,
        AcledMapper.loadDefault());
  }
}
