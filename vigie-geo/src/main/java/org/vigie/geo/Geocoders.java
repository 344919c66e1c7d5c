package org.vigie.geo;

import java.util.List;
import java.util.Optional;
import org.vigie.text.TokenizedText;

/** Placeholder until the gazetteer lands: resolves nothing. */
public final class Geocoders {
  private Geocoders() {}

  public static Geocoder loadDefault() {
    return new Geocoder() {
      @Override
      public List<ResolvedPlace> annotate(TokenizedText text, String lang) {
        return List.of();
      }

      @Override
      public Optional<Place> country(String iso2) {
        return Optional.empty();
      }

      @Override
      public Gazetteer gazetteer() {
        return null;
      }
    };
  }
}
