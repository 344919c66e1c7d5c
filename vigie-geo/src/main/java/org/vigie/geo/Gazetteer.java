package org.vigie.geo;

import java.util.List;
import java.util.Optional;

/** Read-only place index keyed by {@link org.vigie.text.Fold#key} of every name and alias. */
public interface Gazetteer {

  /** Entries whose name or alias has this key, most populous / most important first. */
  List<Place> lookup(String key);

  /** The entry with this id ("geonames:295277"). */
  Optional<Place> byId(String id);

  /** The longest name in words, to bound n-gram look-ups. */
  int maxKeyTokens();

  /** How many entries are loaded. */
  int size();
}
