package org.vigie.geo;

import java.util.List;

/**
 * A place mention in an article, resolved to one gazetteer entry. Token range {@code [firstToken,
 * endToken)} and original-text offsets {@code [start, end)} cover the words that name it (for a
 * relative mention, the whole phrase: "20 km au nord de Gao"). {@code lat}/{@code lon} are the
 * place's point, or the offset point for a relative mention. {@code precision} 1 the named place, 2
 * near or part of it, 3 region or country. {@code basis} named or relative. {@code aliasesUsed}
 * lists the surface names that were resolved through an alias (e.g. "Umm Al-Rashrash").
 */
public record ResolvedPlace(
    int firstToken,
    int endToken,
    int start,
    int end,
    String surface,
    Place place,
    double lat,
    double lon,
    int precision,
    String basis,
    String relation,
    List<String> aliasesUsed,
    double confidence) {}
