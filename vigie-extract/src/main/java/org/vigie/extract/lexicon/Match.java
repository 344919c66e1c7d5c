package org.vigie.extract.lexicon;

/** A lexicon entry found over tokens {@code [from, to)}. */
public record Match(LexiconEntry entry, int from, int to) {

  public String category() {
    return entry.category();
  }

  public String get(String key) {
    return entry.get(key);
  }

  public int length() {
    return to - from;
  }
}
