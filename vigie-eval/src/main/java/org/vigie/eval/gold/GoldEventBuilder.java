package org.vigie.eval.gold;

import java.time.LocalDate;
import java.util.List;

/** Builds a {@link GoldEvent} field by field: used by the reader and by hand-made test gold. */
public final class GoldEventBuilder {
  private String type = null;
  private List<String> typeAccept = List.of();
  private String mode = null;
  private List<String> modeAccept = List.of();
  private String actor1 = null;
  private List<String> actor1Alt = List.of();
  private String actor2 = null;
  private List<String> actor2Alt = List.of();
  private boolean twoSided = false;
  private boolean optional = false;
  private List<LocalDate> dates = null;
  private String place = null;
  private List<String> placeAlt = List.of();
  private String country = null;
  private List<String> countryAccept = List.of();
  private Double lat = null;
  private Double lon = null;
  private Double tolKm = null;
  private GoldValue<Integer> killed = GoldValue.absent();
  private List<Integer> killedAccept = List.of();
  private GoldValue<Integer> injured = GoldValue.absent();
  private List<Integer> injuredAccept = List.of();
  private GoldValue<Boolean> claimed = GoldValue.absent();
  private String scope = null;
  private Boolean conflict = null;

  public GoldEventBuilder type(String value) {
    this.type = value;
    return this;
  }

  public GoldEventBuilder typeAccept(List<String> value) {
    this.typeAccept = value;
    return this;
  }

  public GoldEventBuilder mode(String value) {
    this.mode = value;
    return this;
  }

  public GoldEventBuilder modeAccept(List<String> value) {
    this.modeAccept = value;
    return this;
  }

  public GoldEventBuilder actor1(String value) {
    this.actor1 = value;
    return this;
  }

  public GoldEventBuilder actor1Alt(List<String> value) {
    this.actor1Alt = value;
    return this;
  }

  public GoldEventBuilder actor2(String value) {
    this.actor2 = value;
    return this;
  }

  public GoldEventBuilder actor2Alt(List<String> value) {
    this.actor2Alt = value;
    return this;
  }

  public GoldEventBuilder twoSided(boolean value) {
    this.twoSided = value;
    return this;
  }

  public GoldEventBuilder optional(boolean value) {
    this.optional = value;
    return this;
  }

  public GoldEventBuilder dates(List<LocalDate> value) {
    this.dates = value;
    return this;
  }

  public GoldEventBuilder place(String value) {
    this.place = value;
    return this;
  }

  public GoldEventBuilder placeAlt(List<String> value) {
    this.placeAlt = value;
    return this;
  }

  public GoldEventBuilder country(String value) {
    this.country = value;
    return this;
  }

  public GoldEventBuilder countryAccept(List<String> value) {
    this.countryAccept = value;
    return this;
  }

  public GoldEventBuilder lat(Double value) {
    this.lat = value;
    return this;
  }

  public GoldEventBuilder lon(Double value) {
    this.lon = value;
    return this;
  }

  public GoldEventBuilder tolKm(Double value) {
    this.tolKm = value;
    return this;
  }

  public GoldEventBuilder killed(GoldValue<Integer> value) {
    this.killed = value;
    return this;
  }

  public GoldEventBuilder killedAccept(List<Integer> value) {
    this.killedAccept = value;
    return this;
  }

  public GoldEventBuilder injured(GoldValue<Integer> value) {
    this.injured = value;
    return this;
  }

  public GoldEventBuilder injuredAccept(List<Integer> value) {
    this.injuredAccept = value;
    return this;
  }

  public GoldEventBuilder claimed(GoldValue<Boolean> value) {
    this.claimed = value;
    return this;
  }

  public GoldEventBuilder scope(String value) {
    this.scope = value;
    return this;
  }

  public GoldEventBuilder conflict(Boolean value) {
    this.conflict = value;
    return this;
  }

  /** Coordinates and tolerance radius in one call. */
  public GoldEventBuilder at(double latitude, double longitude, double tol) {
    this.lat = latitude;
    this.lon = longitude;
    this.tolKm = tol;
    return this;
  }

  /** Acceptable days given as ISO strings. */
  public GoldEventBuilder days(String... isoDays) {
    this.dates = java.util.Arrays.stream(isoDays).map(LocalDate::parse).toList();
    return this;
  }

  public GoldEvent build() {
    return new GoldEvent(
        type,
        typeAccept,
        mode,
        modeAccept,
        actor1,
        actor1Alt,
        actor2,
        actor2Alt,
        twoSided,
        optional,
        dates,
        place,
        placeAlt,
        country,
        countryAccept,
        lat,
        lon,
        tolKm,
        killed,
        killedAccept,
        injured,
        injuredAccept,
        claimed,
        scope,
        conflict);
  }
}
