package org.vigie.extract.lexicon;

import java.util.List;
import java.util.Map;

/**
 * One line of a lexicon file: the phrase as written, its folded tokens (a token ending in {@code *}
 * matches any word it starts), the category (the file it came from) and its attributes.
 */
public record LexiconEntry(
    String phrase, List<String> tokens, String category, Map<String, String> attributes) {

  public String get(String key) {
    return attributes.get(key);
  }

  public String get(String key, String fallback) {
    return attributes.getOrDefault(key, fallback);
  }

  public int getInt(String key, int fallback) {
    String v = attributes.get(key);
    return v == null ? fallback : Integer.parseInt(v);
  }

  public boolean has(String key) {
    return attributes.containsKey(key);
  }
}
