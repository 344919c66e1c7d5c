package org.vigie.eval.gold;

/**
 * A gold value that may be absent (not scored), present and null (scored: the prediction must say
 * nothing either), or present with a value. Casualties and claims need the three states; a plain
 * nullable field would merge the first two.
 */
public record GoldValue<T>(boolean present, T value) {

  private static final GoldValue<?> ABSENT = new GoldValue<>(false, null);

  @SuppressWarnings("unchecked")
  public static <T> GoldValue<T> absent() {
    return (GoldValue<T>) ABSENT;
  }

  public static <T> GoldValue<T> of(T value) {
    return new GoldValue<>(true, value);
  }

  public boolean isNull() {
    return present && value == null;
  }
}
