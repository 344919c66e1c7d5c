package org.vigie.eval.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.vigie.eval.gold.GoldArticle;
import org.vigie.model.ArticleResult;

/**
 * The scores of one article. {@code typedTp} counts matched pairs whose type is also right (or not
 * scored) (the type-only view of sentence sets); {@code tollHits} is §5; {@code error} is set when
 * extraction failed (the article then counts with no predictions).
 */
public record ArticleScore(
    GoldArticle gold,
    ArticleResult result,
    ArticleMatch match,
    int tp,
    int fp,
    int fn,
    int optionalMatched,
    int typedTp,
    Map<Field, Tally> fields,
    int tollHits,
    String error) {

  public ArticleScore {
    EnumMap<Field, Tally> copy = new EnumMap<>(Field.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
  }
}
