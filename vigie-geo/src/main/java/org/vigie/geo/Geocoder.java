package org.vigie.geo;

import java.util.List;
import java.util.Optional;
import org.vigie.text.TokenizedText;

/**
 * Finds the places an article names and resolves them jointly (the article's countries, admin areas
 * named nearby, feature types, population, proximity). Thread-safe; load once, share.
 */
public interface Geocoder {

  /** Every place mention of the article, resolved, in text order; unresolvable ones left out. */
  List<ResolvedPlace> annotate(TokenizedText text, String lang);

  /** The country entry for an ISO 3166-1 alpha-2 code. */
  Optional<Place> country(String iso2);

  /** The gazetteer behind this geocoder. */
  Gazetteer gazetteer();
}
