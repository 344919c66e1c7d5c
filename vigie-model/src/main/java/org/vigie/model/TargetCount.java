package org.vigie.model;

import java.util.List;

/** How many targets an event hit, when the text counts them ("trois autres cibles"). */
public record TargetCount(int count, List<Span> evidence) {}
