package org.vigie.eval.score;

import java.util.List;

/** The outcome of §2 for one article: matched pairs in the order taken, and what was left. */
public record ArticleMatch(
    List<MatchedPair> pairs, List<Integer> unmatchedPredicted, List<Integer> unmatchedGold) {

  public ArticleMatch {
    pairs = List.copyOf(pairs);
    unmatchedPredicted = List.copyOf(unmatchedPredicted);
    unmatchedGold = List.copyOf(unmatchedGold);
  }
}
