package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where an event happened. {@code precision}: 1 the named place, 2 near or part of it, 3 only the
 * region or country. {@code basis}: named, inherited, relative, country-only.
 */
public record Location(
    String name,
    String gazetteerId,
    Double lat,
    Double lon,
    String country,
    String admin1,
    String featureClass,
    String featureCode,
    int precision,
    String basis,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mention,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliasesUsed,
    List<Span> evidence) {

  public Location withBasis(String newBasis, List<Span> newEvidence) {
    return new Location(
        name,
        gazetteerId,
        lat,
        lon,
        country,
        admin1,
        featureClass,
        featureCode,
        precision,
        newBasis,
        mention,
        aliasesUsed,
        newEvidence);
  }
}
