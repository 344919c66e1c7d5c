package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.store.ContentHash;
import org.vigie.store.merge.BlockingKeys;
import org.vigie.store.merge.MatchScorer;
import org.vigie.store.merge.Mention;

/** The block-side pair search, without Spark: every matching pair once, salted or not. */
class BlockPairsTest {

  @Test
  void everyMatchingCandidatePairExactlyOnceWhateverTheSalting() {
    List<Mention> ms = mentions();
    Set<String> expected = new HashSet<>();
    MatchScorer scorer = new MatchScorer();
    for (Mention a : ms) {
      for (Mention b : ms) {
        boolean candidate =
            BlockingKeys.probe(a).stream().anyMatch(BlockingKeys.own(b)::contains)
                || BlockingKeys.probe(b).stream().anyMatch(BlockingKeys.own(a)::contains);
        if (a.id().compareTo(b.id()) < 0
            && candidate
            && scorer.score(a, b) >= MatchScorer.THRESHOLD) {
          expected.add(a.id() + " " + b.id());
        }
      }
    }
    assertThat(expected).isNotEmpty();
    for (int salts : new int[] {1, 3}) {
      assertThat(pairs(ms, salts, scorer))
          .as("salts %d", salts)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** The blocks as the job builds them, every key salted {@code salts} ways. */
  private static List<String> pairs(List<Mention> ms, int salts, MatchScorer scorer) {
    Map<String, List<Mention>> owners = new LinkedHashMap<>();
    Map<String, List<Mention>> probers = new LinkedHashMap<>();
    for (Mention m : ms) {
      for (String k : BlockingKeys.own(m)) {
        owners
            .computeIfAbsent(
                k + "#" + Math.floorMod(m.id().hashCode(), salts), x -> new ArrayList<>())
            .add(m);
      }
      for (String k : BlockingKeys.probe(m)) {
        for (int s = 0; s < salts; s++) {
          probers.computeIfAbsent(k + "#" + s, x -> new ArrayList<>()).add(m);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> b : owners.entrySet()) {
      String key = b.getKey().substring(0, b.getKey().indexOf('#'));
      for (BlockPairs.Edge e :
          BlockPairs.edges(
              key, b.getValue(), probers.getOrDefault(b.getKey(), List.of()), scorer)) {
        out.add(e.a() + " " + e.b());
      }
    }
    return out;
  }

  private static List<Mention> mentions() {
    TaggedTextExtractor x = new TaggedTextExtractor();
    List<Mention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String line : TestCorpus.generated(40)) {
      ArticleLines.Fields f = ArticleLines.parse(line);
      if (f == null || !seen.add(ContentHash.sha256(f.text()))) {
        continue; // a bad line, or a duplicate text the job drops before merging
      }
      Article a = VigieSparkJobTest.article(f);
      String sha = ContentHash.sha256(a.text());
      for (Row r : MentionRows.of(a, f.id() + "", sha, x.extract(a))) {
        out.add(MentionRows.mention(r, false));
      }
    }
    return out;
  }

  @Test
  void evidenceIsLeftOutOfTheMatchView() {
    Article a =
        new Article(
            "x",
            "[ev type=ASSAULT date=2024-08-01 place=Gao lat=16.27 lon=-0.04"
                + " cc=ML a1=mali-army killed=3]",
            LocalDate.of(2024, 8, 1),
            "en",
            null,
            "AFP",
            null);
    var e = new TaggedTextExtractor().extract(a).events().get(0);
    var v = MentionRows.withoutEvidence(e);
    assertThat(v.evidence()).isNull();
    assertThat(v.location().lat()).isEqualTo(16.27);
    assertThat(v.casualties().killed().value()).isEqualTo(3);
  }
}
