package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.model.Event;

/**
 * Greedy matching of SCORING.md §2 inside one article: every compatible (prediction, gold) pair is
 * scored, then pairs are taken highest score first; ties go to the smaller distance (a pair without
 * a distance after any pair with one), then to file order (gold event, then prediction).
 */
public final class EventMatcher {

  private static final Comparator<MatchedPair> ORDER =
      Comparator.comparingInt(MatchedPair::score)
          .reversed()
          .thenComparing(
              MatchedPair::distanceKm, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
          .thenComparingInt(MatchedPair::gold)
          .thenComparingInt(MatchedPair::predicted);

  private EventMatcher() {}

  /** Matches the discrete predictions of {@code predicted} to {@code gold}. */
  public static ArticleMatch match(List<GoldEvent> gold, List<Event> predicted) {
    List<Integer> discrete = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (predicted.get(i) != null && PredictedEvents.discrete(predicted.get(i))) {
        discrete.add(i);
      }
    }
    List<MatchedPair> candidates = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      GoldEvent g = gold.get(gi);
      for (int pi : discrete) {
        Event p = predicted.get(pi);
        if (FieldRules.compatible(g, p)) {
          candidates.add(
              new MatchedPair(gi, pi, FieldRules.pairScore(g, p), FieldRules.distanceKm(g, p)));
        }
      }
    }
    candidates.sort(ORDER);
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] predTaken = new boolean[predicted.size()];
    List<MatchedPair> pairs = new ArrayList<>();
    for (MatchedPair c : candidates) {
      if (!goldTaken[c.gold()] && !predTaken[c.predicted()]) {
        goldTaken[c.gold()] = true;
        predTaken[c.predicted()] = true;
        pairs.add(c);
      }
    }
    List<Integer> leftPred = new ArrayList<>();
    for (int pi : discrete) {
      if (!predTaken[pi]) {
        leftPred.add(pi);
      }
    }
    List<Integer> leftGold = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      if (!goldTaken[gi]) {
        leftGold.add(gi);
      }
    }
    return new ArticleMatch(pairs, leftPred, leftGold);
  }
}
