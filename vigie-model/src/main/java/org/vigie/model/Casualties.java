package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Casualties of one event. A null count means the text gives no figure; a zero value means the text
 * says there were none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Casualties(
    Count killed,
    Count injured,
    Count missing,
    @JsonInclude(JsonInclude.Include.NON_NULL) Count abducted,
    @JsonInclude(JsonInclude.Include.NON_NULL) Count attackersKilled) {

  public static final Casualties NONE = new Casualties(null, null, null, null, null);
}
