package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * When an event happened: ISO days, {@code precision} day, week, month or range, {@code basis}
 * explicit, weekday, relative, publication or inherited.
 */
public record EventDate(
    String start,
    String end,
    String precision,
    String basis,
    @JsonInclude(JsonInclude.Include.NON_NULL) String partOfDay,
    List<Span> evidence) {}
