package org.vigie.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.store.ContentHash;
import org.vigie.store.bench.MarkupExtractor;
import org.vigie.store.bench.SyntheticCorpus;

class MentionClustererTest {
  private static final MarkupExtractor X = new MarkupExtractor();

  static List<Mention> mentions(Iterable<Article> articles) {
    List<Mention> out = new ArrayList<>();
    for (Article a : articles) {
      String sha = ContentHash.sha256(a.text());
      var events = X.extract(a).events();
      for (int i = 0; i < events.size(); i++) {
        out.add(
            new Mention(
                Mention.idFor(sha, i),
                a.id(),
                a.outlet(),
                a.language(),
                a.published(),
                events.get(i),
                null));
      }
    }
    return out;
  }

  static Set<String> signature(List<List<Mention>> groups) {
    Set<String> s = new TreeSet<>();
    for (List<Mention> g : groups) {
      s.add(EventFusion.eventId(g) + "=" + g.stream().map(Mention::id).sorted().toList());
    }
    return s;
  }

  @Test
  void sameSetSameEventsWhateverTheOrder() {
    List<Mention> ms = mentions(new SyntheticCorpus(3000, 7));
    MentionClusterer c = new MentionClusterer();
    Set<String> expected = signature(c.cluster(ms));
    assertThat(expected.size()).isLessThan(ms.size()); // retellings were merged
    Random r = new Random(1);
    for (int i = 0; i < 5; i++) {
      List<Mention> shuffled = new ArrayList<>(ms);
      Collections.shuffle(shuffled, r);
      assertThat(signature(c.cluster(shuffled))).isEqualTo(expected);
    }
  }

  @Test
  void neverMergesTwoEventsOfOneArticle() {
    Article a =
        new Article(
            "two",
            "{{ev date=2024-01-01; place=X; lat=10; lon=10; cc=ML; a1=a}}"
                + " {{ev date=2024-01-01; place=X; lat=10; lon=10; cc=ML; a1=a}}",
            java.time.LocalDate.parse("2024-01-02"),
            "fr",
            null,
            "RFI",
            null);
    List<List<Mention>> groups = new MentionClusterer().cluster(mentions(List.of(a)));
    assertThat(groups).hasSize(2);
  }

  @Test
  void pinsKeepReviewerGroups() {
    Article a =
        new Article(
            "a",
            "{{ev date=2024-01-01; place=X; lat=10; lon=10; cc=ML; a1=g}}",
            java.time.LocalDate.parse("2024-01-01"),
            "fr",
            null,
            "RFI",
            null);
    Article b =
        new Article(
            "b",
            "{{ev date=2024-01-01; place=X; lat=10; lon=10; cc=ML; a1=g}} .",
            java.time.LocalDate.parse("2024-01-01"),
            "en",
            null,
            "AP",
            null);
    List<Mention> ms = mentions(List.of(a, b));
    assertThat(new MentionClusterer().cluster(ms)).hasSize(1);
    List<Mention> pinned = new ArrayList<>();
    pinned.add(withPin(ms.get(0), "split-1"));
    pinned.add(ms.get(1));
    assertThat(new MentionClusterer().cluster(pinned)).hasSize(2);
  }

  private static Mention withPin(Mention m, String pin) {
    return new Mention(
        m.id(), m.articleId(), m.outlet(), m.language(), m.published(), m.event(), pin);
  }
}
