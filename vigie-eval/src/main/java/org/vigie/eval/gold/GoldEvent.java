package org.vigie.eval.gold;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold event of the unified format. For the plain fields null means "not scored" (absent, or a
 * null that says nothing to score such as {@code actor2: null} or {@code date: null}); the casualty
 * and claim fields keep absent and null apart with {@link GoldValue}. Lists are never null (empty
 * when absent).
 */
public record GoldEvent(
    String type,
    List<String> typeAccept,
    String mode,
    List<String> modeAccept,
    String actor1,
    List<String> actor1Alt,
    String actor2,
    List<String> actor2Alt,
    boolean twoSided,
    boolean optional,
    List<LocalDate> dates,
    String place,
    List<String> placeAlt,
    String country,
    List<String> countryAccept,
    Double lat,
    Double lon,
    Double tolKm,
    GoldValue<Integer> killed,
    List<Integer> killedAccept,
    GoldValue<Integer> injured,
    List<Integer> injuredAccept,
    GoldValue<Boolean> claimed,
    String scope,
    Boolean conflict) {

  public GoldEvent {
    typeAccept = List.copyOf(typeAccept);
    modeAccept = List.copyOf(modeAccept);
    actor1Alt = List.copyOf(actor1Alt);
    actor2Alt = List.copyOf(actor2Alt);
    dates = dates == null ? null : List.copyOf(dates);
    placeAlt = List.copyOf(placeAlt);
    countryAccept = List.copyOf(countryAccept);
    killedAccept = List.copyOf(killedAccept);
    injuredAccept = List.copyOf(injuredAccept);
  }

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  public boolean hasDates() {
    return dates != null && !dates.isEmpty();
  }

  public static GoldEventBuilder builder() {
    return new GoldEventBuilder();
  }
}
