package org.vigie.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.model.Event;

/**
 * An extractor that answers with the gold itself: every rule must then score it right, which checks
 * the reader and the rules against the real gold files without copying any of them.
 */
public final class GoldOracle implements Extractor {
  private final Map<String, GoldArticle> gold;

  public GoldOracle(Map<String, GoldArticle> gold) {
    this.gold = Map.copyOf(gold);
  }

  @Override
  public ArticleResult extract(Article article) {
    GoldArticle g = gold.get(article.id());
    List<Event> events = new ArrayList<>();
    for (GoldEvent e : g.events()) {
      events.add(predict(e));
    }
    return new ArticleResult(ArticleResult.SCHEMA, null, events, List.of(), List.of(), List.of());
  }

  public static ArticleResult answer(GoldArticle g) {
    return new GoldOracle(Map.of(g.id(), g)).extract(Article.of(g.id(), ""));
  }

  static Event predict(GoldEvent e) {
    Predicted p = Predicted.event().type(e.type()).mode(e.mode());
    if (e.actor1() != null) {
      p.actor("actor1", e.actor1());
    }
    if (e.actor2() != null) {
      p.actor("target", e.actor2());
    }
    if (e.hasCoordinates() || e.country() != null) {
      p.at(e.lat(), e.lon(), e.country());
    }
    if (e.hasDates()) {
      p.on(e.dates().get(0).toString());
    }
    if (e.killed().value() != null) {
      p.killed(e.killed().value());
    }
    if (e.injured().value() != null) {
      p.injured(e.injured().value());
    }
    if (Boolean.TRUE.equals(e.claimed().value())) {
      p.claimedBy(e.actor1() == null ? "someone" : e.actor1());
    }
    return p.build();
  }
}
