package org.vigie.model;

import java.util.List;

/**
 * A casualty count: {@code value} is the figure the event is counted with (the lowest credible
 * report), {@code min}/{@code max} the range of reports, {@code qualifier} exact, at least, at most
 * or approx.
 */
public record Count(int value, int min, int max, String qualifier, List<CountReport> reports) {}
