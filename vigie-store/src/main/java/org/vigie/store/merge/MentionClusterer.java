package org.vigie.store.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups mentions into events, deterministically: the result depends only on the set of mentions,
 * never on their order.
 *
 * <p>How: mentions are sorted canonically (by id, which derives from article content); candidate
 * pairs come from {@link BlockingKeys}; pairs scoring at least {@link MatchScorer#THRESHOLD} are
 * edges, taken best first (ties by the two ids) and joined like Kruskal's algorithm, except that an
 * edge is refused when it would put two events of one article, or two different reviewer pins, into
 * one group. Mentions sharing a pin are joined before any edge. Each group is sorted canonically,
 * and the groups are ordered by their first mention.
 */
public final class MentionClusterer {
  private final MatchScorer scorer;

  public MentionClusterer() {
    this(new MatchScorer());
  }

  public MentionClusterer(MatchScorer scorer) {
    this.scorer = scorer;
  }

  public List<List<Mention>> cluster(List<Mention> input) {
    List<Mention> ms = new ArrayList<>(input);
    ms.sort(Mention.CANONICAL);
    int n = ms.size();
    Map<String, List<Integer>> byOwnKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : BlockingKeys.own(ms.get(i))) {
        byOwnKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    List<Edge> edges = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (String k : BlockingKeys.probe(ms.get(i))) {
        for (int j : byOwnKey.getOrDefault(k, List.of())) {
          if (i == j) {
            continue;
          }
          int a = Math.min(i, j);
          int b = Math.max(i, j);
          if (!seen.add(((long) a << 32) | b)) {
            continue;
          }
          double s = scorer.score(ms.get(a), ms.get(b));
          if (s >= MatchScorer.THRESHOLD) {
            edges.add(new Edge(a, b, s));
          }
        }
      }
    }
    edges.sort(
        Comparator.comparingDouble((Edge e) -> -e.score)
            .thenComparingInt(e -> e.a)
            .thenComparingInt(e -> e.b));

    Groups groups = new Groups(ms);
    Map<String, Integer> firstOfPin = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String pin = ms.get(i).pin();
      if (pin != null) {
        Integer f = firstOfPin.putIfAbsent(pin, i);
        if (f != null) {
          groups.union(f, i);
        }
      }
    }
    for (Edge e : edges) {
      groups.unionIfAllowed(e.a, e.b);
    }
    Map<Integer, List<Mention>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.computeIfAbsent(groups.find(i), x -> new ArrayList<>()).add(ms.get(i));
    }
    return new ArrayList<>(out.values());
  }

  private record Edge(int a, int b, double score) {}

  /** Union-find keeping, per group, its articles and its pin, to refuse forbidden unions. */
  private static final class Groups {
    private final int[] parent;
    private final List<Set<String>> articles = new ArrayList<>();
    private final List<String> pins = new ArrayList<>();

    Groups(List<Mention> ms) {
      parent = new int[ms.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        Set<String> s = new HashSet<>();
        s.add(ms.get(i).articleId());
        articles.add(s);
        pins.add(ms.get(i).pin());
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void unionIfAllowed(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (pins.get(ra) != null || pins.get(rb) != null) {
        return; // a reviewer fixed these groups: edges never change them
      }
      for (String art : articles.get(rb)) {
        if (articles.get(ra).contains(art)) {
          return;
        }
      }
      union(ra, rb);
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      // the smaller index (canonically first) stays the root: deterministic
      int root = Math.min(ra, rb);
      int child = Math.max(ra, rb);
      parent[child] = root;
      articles.get(root).addAll(articles.get(child));
      if (pins.get(root) == null) {
        pins.set(root, pins.get(child));
      }
    }
  }
}
