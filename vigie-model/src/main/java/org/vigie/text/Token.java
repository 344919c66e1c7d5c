package org.vigie.text;

/**
 * One token: offsets into the original text ({@code start}, {@code end}) and into the normalised
 * text ({@code nStart}, {@code nEnd}), its normalised surface, its folded form, its kind and the
 * index of its sentence.
 */
public record Token(
    int index,
    int start,
    int end,
    int nStart,
    int nEnd,
    String surface,
    String fold,
    Kind kind,
    int sentence) {

  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** True when the first letter is upper case (Latin, Greek, Cyrillic scripts). */
  public boolean capitalized() {
    return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
  }

  /** True for words in a script without case (Arabic, Hebrew…). */
  public boolean caseless() {
    if (surface.isEmpty()) {
      return false;
    }
    int cp = surface.codePointAt(0);
    return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp);
  }
}
