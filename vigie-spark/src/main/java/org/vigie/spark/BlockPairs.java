package org.vigie.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.store.merge.BlockingKeys;
import org.vigie.store.merge.MatchScorer;
import org.vigie.store.merge.Mention;

/**
 * The candidate pairs of one block that score as the same event: the map side of the keyed merge.
 *
 * <p>A block is one blocking key (or one salt of a hot key): the mentions that own the key and
 * those that probe it. A pair can meet in several blocks; it is scored only in the block of its
 * smallest meeting key, so every pair is scored once in the whole job, whatever the salting, and
 * the edges come out without a distinct. When both sides own the key, only the orientation with the
 * smaller id on the probe side counts.
 */
final class BlockPairs {
  private BlockPairs() {}

  /** An edge between two mentions, {@code a < b}. */
  record Edge(String a, String b, double score) {}

  static List<Edge> edges(
      String key, List<Mention> owners, List<Mention> probers, MatchScorer scorer) {
    Map<String, Keys> keys = new HashMap<>();
    List<Edge> out = new ArrayList<>();
    for (Mention p : probers) {
      Keys kp = keys.computeIfAbsent(p.id(), x -> Keys.of(p));
      boolean pOwns = kp.own.contains(key);
      for (Mention o : owners) {
        if (p.id().equals(o.id()) || (pOwns && p.id().compareTo(o.id()) > 0)) {
          continue;
        }
        Keys ko = keys.computeIfAbsent(o.id(), x -> Keys.of(o));
        if (!key.equals(smallestMeeting(kp, ko))) {
          continue;
        }
        boolean pFirst = p.id().compareTo(o.id()) < 0;
        Mention a = pFirst ? p : o;
        Mention b = pFirst ? o : p;
        double s = scorer.score(a, b);
        if (s >= MatchScorer.THRESHOLD) {
          out.add(new Edge(a.id(), b.id(), s));
        }
      }
    }
    return out;
  }

  /** The smallest key where one side's probe keys meet the other's own keys. */
  static String smallestMeeting(Keys x, Keys y) {
    String best = null;
    for (String k : x.probe) {
      if (y.own.contains(k) && (best == null || k.compareTo(best) < 0)) {
        best = k;
      }
    }
    for (String k : y.probe) {
      if (x.own.contains(k) && (best == null || k.compareTo(best) < 0)) {
        best = k;
      }
    }
    return best;
  }

  record Keys(Set<String> own, List<String> probe) {
    static Keys of(Mention m) {
      return new Keys(new HashSet<>(BlockingKeys.own(m)), BlockingKeys.probe(m));
    }
  }
}
