package org.vigie.extract.parse;

/**
 * A quantity over tokens {@code [from, to)}: {@code value} when the text gives one (digits or
 * number words), {@code vague} for "dozens", "des dizaines", "العشرات" (no figure, never counted),
 * {@code qualifier} exact, at least, at most or approx ("au moins", "nearly", "une dizaine").
 */
public record NumberMention(int from, int to, Long value, String qualifier, boolean vague) {

  public boolean hasValue() {
    return value != null && !vague;
  }
}
