package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigie.eval.gold.GoldLink;

/**
 * SCORING.md §6, for the store to call after ingest. Gold links are closed transitively (A~B and
 * B~C make A~C: they are one real event). For every pair of matched predictions of the scored
 * articles, "merged" means the store gave both the same event id.
 */
public final class MergeScorer {
  private MergeScorer() {}

  /**
   * @param articles scored articles (their matches say which prediction stands for which gold)
   * @param storedIds per article id, predicted event index (into {@code ArticleResult.events()}) →
   *     stored event id; a missing entry means the prediction was not stored
   */
  public static MergeMetrics score(
      List<ArticleScore> articles, Map<String, Map<Integer, String>> storedIds) {
    Map<String, String> parent = new HashMap<>();
    for (ArticleScore a : articles) {
      for (GoldLink l : a.gold().sameEventAs()) {
        union(parent, key(a.gold().id(), l.event()), key(l.item(), l.itemEvent()));
      }
    }
    record Node(String goldKey, String stored) {}
    List<Node> nodes = new ArrayList<>();
    for (ArticleScore a : articles) {
      Map<Integer, String> ids = storedIds.getOrDefault(a.gold().id(), Map.of());
      for (MatchedPair p : a.match().pairs()) {
        nodes.add(new Node(key(a.gold().id(), p.gold()), ids.get(p.predicted())));
      }
    }
    int merged = 0;
    int linked = 0;
    int correct = 0;
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        Node x = nodes.get(i);
        Node y = nodes.get(j);
        boolean isMerged = x.stored() != null && Objects.equals(x.stored(), y.stored());
        boolean isLinked = find(parent, x.goldKey()).equals(find(parent, y.goldKey()));
        merged += isMerged ? 1 : 0;
        linked += isLinked ? 1 : 0;
        correct += isMerged && isLinked ? 1 : 0;
      }
    }
    return new MergeMetrics(merged, linked, correct, linkedUnmatched(articles, parent));
  }

  /** Gold-linked pairs among the scored articles minus those whose both sides were matched. */
  private static int linkedUnmatched(List<ArticleScore> articles, Map<String, String> parent) {
    Map<String, Integer> all = new HashMap<>();
    Map<String, Integer> matched = new HashMap<>();
    for (ArticleScore a : articles) {
      for (int g = 0; g < a.gold().events().size(); g++) {
        all.merge(find(parent, key(a.gold().id(), g)), 1, Integer::sum);
      }
      for (MatchedPair p : a.match().pairs()) {
        matched.merge(find(parent, key(a.gold().id(), p.gold())), 1, Integer::sum);
      }
    }
    int out = 0;
    for (Map.Entry<String, Integer> e : all.entrySet()) {
      int n = e.getValue();
      int m = matched.getOrDefault(e.getKey(), 0);
      out += n * (n - 1) / 2 - m * (m - 1) / 2;
    }
    return out;
  }

  static String key(String articleId, int event) {
    return articleId + "#" + event;
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) {
      return x;
    }
    String root = find(parent, p);
    parent.put(x, root);
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
