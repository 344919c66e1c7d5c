package org.vigie.geo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.text.TokenizedText;

/**
 * Finds the places an article names and resolves them jointly (the article's countries, admin areas
 * named nearby, feature types, population, proximity). Thread-safe; load once, share.
 */
public interface Geocoder {

  /** Every place mention of the article, resolved, in text order; unresolvable ones left out. */
  List<ResolvedPlace> annotate(TokenizedText text, String lang);

  /**
   * As {@link #annotate(TokenizedText, String)}, with the ISO 3166-1 alpha-2 codes of countries the
   * caller knows the article is about (e.g. from nationality words it found: "Ethiopian forces" →
   * ET). Readings inside these countries are preferred, less strongly than inside countries and
   * admin areas the article names; they never add mentions. Unknown codes are ignored; null or an
   * empty set is the same as the two-argument call.
   */
  default List<ResolvedPlace> annotate(TokenizedText text, String lang, Set<String> countryHints) {
    return annotate(text, lang);
  }

  /**
   * Resolves given character spans of the original text (a name another stage found, or gold
   * toponyms) in the context of the whole article; one result per span. A span the gazetteer does
   * not hold (a street, a site, an unknown name) is placed near the article's town (basis
   * "relative", relation "near", confidence 0.3); empty only when nothing matches and the article
   * names no place.
   */
  List<Optional<ResolvedPlace>> resolveSpans(TokenizedText text, String lang, List<int[]> spans);

  /** The country entry for an ISO 3166-1 alpha-2 code. */
  Optional<Place> country(String iso2);

  /** The gazetteer behind this geocoder. */
  Gazetteer gazetteer();
}
