package org.vigie.extract.actor;

/** A canonical actor of the registry (or one built from a country and a kind of force). */
public record Actor(String id, String name, String type, String country, boolean registered) {

  public boolean isGeneric() {
    return country == null || country.isEmpty();
  }

  /**
   * Generic agents that take the country they act in (ACLED's "Civilians (Somalia)"); an
   * international group such as the Islamic State keeps its name.
   */
  public boolean placeBound() {
    return type.equals("civilians")
        || type.equals("protesters")
        || type.equals("rioters")
        || type.startsWith("unidentified")
        || type.equals("militia")
        || type.startsWith("state");
  }

  public boolean isStateForce() {
    return type.startsWith("state");
  }

  /** A generic actor placed in a country: "Civilians" in Somalia becomes "Civilians (Somalia)". */
  public Actor in(String iso, String countryName) {
    if (!isGeneric()
        || iso == null
        || iso.isBlank()
        || countryName == null
        || countryName.isBlank()
        || !placeBound()) {
      return this;
    }
    return new Actor(id, name + " (" + countryName + ")", type, iso, registered);
  }
}
