package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who says so. {@code statement}: claim, denial, confirmation or report. {@code status}: claimed
 * (by the perpetrator, unconfirmed), reported, or confirmed (independent sources agree).
 */
public record Attribution(
    String reportedBy,
    ActorRef claimedBy,
    @JsonInclude(JsonInclude.Include.NON_NULL) ActorRef deniedBy,
    String statement,
    String status,
    List<Span> evidence) {}
