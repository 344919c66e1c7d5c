package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.model.ArticleResult;
import org.vigie.model.Count;
import org.vigie.model.Event;

/** Scores articles by SCORING.md §1–5 and adds them up (§3 micro-averages). */
public final class Scorer {
  private Scorer() {}

  /** Scores one article; a null result (extraction failed) counts as no prediction at all. */
  public static ArticleScore score(GoldArticle gold, ArticleResult result, String error) {
    List<Event> predicted = result == null || result.events() == null ? List.of() : result.events();
    ArticleMatch match = EventMatcher.match(gold.events(), predicted);
    int tp = 0;
    int optional = 0;
    int typed = 0;
    Map<Field, Tally> fields = new EnumMap<>(Field.class);
    for (MatchedPair pair : match.pairs()) {
      GoldEvent g = gold.events().get(pair.gold());
      if (g.optional()) {
        // an optional gold event absorbs its prediction: neither TP nor FP, and no field scores
        optional++;
        continue;
      }
      tp++;
      Event p = predicted.get(pair.predicted());
      Map<Field, Boolean> results = FieldRules.all(g, p);
      results.forEach((f, ok) -> fields.merge(f, new Tally(ok ? 1 : 0, 1), Tally::plus));
      // a gold event without a PLOVER type has no type to get wrong
      if (!Boolean.FALSE.equals(results.get(Field.TYPE))) {
        typed++;
      }
    }
    int fn = 0;
    for (int gi : match.unmatchedGold()) {
      if (!gold.events().get(gi).optional()) {
        fn++;
      }
    }
    return new ArticleScore(
        gold,
        result,
        match,
        tp,
        match.unmatchedPredicted().size(),
        fn,
        optional,
        typed,
        fields,
        tollHits(gold.notEventTolls(), predicted),
        error);
  }

  /** §5: predicted events of any scope whose killed or injured value is a not-an-event toll. */
  public static int tollHits(List<Integer> notEventTolls, List<Event> predicted) {
    if (notEventTolls.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (Event e : predicted) {
      if (e == null) {
        continue;
      }
      Count k = PredictedEvents.killed(e);
      Count i = PredictedEvents.injured(e);
      if ((k != null && notEventTolls.contains(k.value()))
          || (i != null && notEventTolls.contains(i.value()))) {
        hits++;
      }
    }
    return hits;
  }

  /** Micro-averages over all articles and per language ({@code "?"} when the gold has none). */
  public static SetScore aggregate(List<ArticleScore> articles) {
    Metrics overall = Metrics.EMPTY;
    Map<String, Metrics> byLang = new TreeMap<>();
    for (ArticleScore a : articles) {
      overall = overall.plus(a);
      String lang = a.gold().lang() == null ? "?" : a.gold().lang();
      byLang.put(lang, byLang.getOrDefault(lang, Metrics.EMPTY).plus(a));
    }
    return new SetScore(overall, byLang, new ArrayList<>(articles));
  }
}
