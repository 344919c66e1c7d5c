package org.vigie.eval.score;

/**
 * A gold event and the prediction matched to it: indices into the gold {@code events} and into
 * {@code ArticleResult.events()} (all events, so the store can map them to its ids).
 */
public record MatchedPair(int gold, int predicted, int score, Double distanceKm) {}
