package org.vigie.store.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise merge precision and recall (SCORING.md §6). Over every pair of matched predictions from
 * different articles: a pair is predicted merged when both predictions sit in one stored event, and
 * gold merged when their gold events are linked by {@code same_event_as} (transitively).
 */
public final class PairwiseMergeScore {

  /** A gold event: the item (article) id and the event's index in it. */
  public record GoldRef(String item, int event) {}

  /** A gold event matched to the stored event its prediction ended in. */
  public record Matched(GoldRef gold, String storedEventId) {}

  public record Result(
      long truePositives, long predictedPairs, long goldPairs, double precision, double recall) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private PairwiseMergeScore() {}

  /**
   * @param links the {@code same_event_as} links, each a pair of gold events
   * @param matched one entry per matched gold event
   */
  public static Result score(List<GoldRef[]> links, List<Matched> matched) {
    Map<GoldRef, GoldRef> parent = new HashMap<>();
    for (GoldRef[] l : links) {
      union(parent, l[0], l[1]);
    }
    long tp = 0;
    long pred = 0;
    long gold = 0;
    List<Matched> ms = new ArrayList<>(matched);
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        Matched a = ms.get(i);
        Matched b = ms.get(j);
        if (a.gold().item().equals(b.gold().item())) {
          continue;
        }
        boolean p = Objects.equals(a.storedEventId(), b.storedEventId());
        boolean g = find(parent, a.gold()).equals(find(parent, b.gold()));
        pred += p ? 1 : 0;
        gold += g ? 1 : 0;
        tp += p && g ? 1 : 0;
      }
    }
    double precision = pred == 0 ? 1 : (double) tp / pred;
    double recall = gold == 0 ? 1 : (double) tp / gold;
    return new Result(tp, pred, gold, precision, recall);
  }

  private static GoldRef find(Map<GoldRef, GoldRef> parent, GoldRef x) {
    GoldRef p = parent.getOrDefault(x, x);
    if (p.equals(x)) {
      return x;
    }
    GoldRef root = find(parent, p);
    parent.put(x, root);
    return root;
  }

  private static void union(Map<GoldRef, GoldRef> parent, GoldRef a, GoldRef b) {
    GoldRef ra = find(parent, a);
    GoldRef rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
