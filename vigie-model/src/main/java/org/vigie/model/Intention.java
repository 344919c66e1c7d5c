package org.vigie.model;

import java.util.List;

/** An announced intention or threat ("vows to continue its operations"): not an event. */
public record Intention(ActorRef actor, String kind, List<Span> evidence) {}
