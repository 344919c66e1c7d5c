package org.vigie.extract.actor;

/** A canonical actor of the registry (or one built from a country and a kind of force). */
public record Actor(String id, String name, String type, String country, boolean registered) {

  public boolean isGeneric() {
    return country == null || country.isEmpty();
  }

  public boolean isStateForce() {
    return type.startsWith("state");
  }

  /** A generic actor placed in a country: "Civilians" in Somalia becomes "Civilians (Somalia)". */
  public Actor in(String iso, String countryName) {
    if (!isGeneric() || iso == null || countryName == null) {
      return this;
    }
    return new Actor(id, name + " (" + countryName + ")", type, iso, registered);
  }
}
