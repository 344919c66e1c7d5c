package org.vigie.eval.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.eval.run.FileEvaluation;
import org.vigie.eval.score.Field;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.eval.score.Metrics;
import org.vigie.eval.score.Tally;
import org.vigie.geo.eval.ToponymEvaluation;
import org.vigie.model.Json;

/**
 * Machine-readable metrics ({@code --json}): the numbers of the report, undefined rates as null.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(List<FileEvaluation> files) {
    ObjectNode root = Json.mapper().createObjectNode();
    var array = root.putArray("files");
    for (FileEvaluation f : files) {
      ObjectNode o = array.addObject();
      o.put("file", f.file());
      o.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
      if (f.score() != null) {
        o.put("skipped", f.skipped());
        o.put("typeOnly", f.typeOnly());
        o.set("overall", metrics(f.score().overall()));
        ObjectNode langs = o.putObject("byLanguage");
        f.score().byLanguage().forEach((k, v) -> langs.set(k, metrics(v)));
      }
      if (f.places() != null) {
        o.set("places", places(f.places()));
      }
      if (f.merge() != null) {
        o.set("merge", merge(f.merge()));
      }
      var notes = o.putArray("notes");
      f.notes().forEach(notes::add);
    }
    List<FileEvaluation> scored =
        files.stream().filter(f -> f.status() == FileEvaluation.Status.SCORED).toList();
    if (scored.size() > 1) {
      Metrics all = Metrics.EMPTY;
      Map<String, Metrics> byLang = new TreeMap<>();
      for (FileEvaluation f : scored) {
        all = all.plus(f.score().overall());
        f.score().byLanguage().forEach((k, v) -> byLang.merge(k, v, Metrics::plus));
      }
      ObjectNode total = root.putObject("all");
      total.set("overall", metrics(all));
      ObjectNode langs = total.putObject("byLanguage");
      byLang.forEach((k, v) -> langs.set(k, metrics(v)));
    }
    return Json.writePretty(root);
  }

  /** §6 merge scores as JSON, for the store's evaluation. */
  public static ObjectNode merge(MergeMetrics m) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("merged", m.merged());
    o.put("linked", m.linked());
    o.put("correct", m.correct());
    o.put("linkedUnmatched", m.linkedUnmatched());
    rate(o, "precision", m.precision());
    rate(o, "recall", m.recall());
    return o;
  }

  /** The toponym scores of a place-only file (vigie-geo's {@code ToponymEvaluation}). */
  public static ObjectNode places(ToponymEvaluation.Result r) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("literals", r.literals());
    o.put("resolved", r.resolved());
    o.put("within161", r.within161());
    o.put("accuracy161", r.accuracy161());
    o.put("medianKm", r.medianKm());
    o.put("goldToponyms", r.goldToponyms());
    o.put("goldFound", r.goldFound());
    o.put("recall", r.recall());
    o.put("literalGold", r.literalGold());
    o.put("literalFound", r.literalFound());
    o.put("literalRecall", r.literalRecall());
    o.put("predicted", r.predicted());
    o.put("predictedRight", r.predictedRight());
    o.put("precision", r.precision());
    o.put("msPerArticle", r.msPerArticle());
    return o;
  }

  public static ObjectNode metrics(Metrics m) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("articles", m.articles());
    o.put("tp", m.tp());
    o.put("fp", m.fp());
    o.put("fn", m.fn());
    o.put("optionalMatched", m.optionalMatched());
    rate(o, "precision", m.precision());
    rate(o, "recall", m.recall());
    rate(o, "f1", m.f1());
    ObjectNode typed = o.putObject("typed");
    typed.put("tp", m.typedTp());
    rate(typed, "precision", m.typedPrecision());
    rate(typed, "recall", m.typedRecall());
    rate(typed, "f1", m.typedF1());
    ObjectNode fields = o.putObject("fields");
    for (Field f : Field.values()) {
      Tally t = m.field(f);
      if (t.n() > 0) {
        ObjectNode x = fields.putObject(f.key());
        x.put("correct", t.correct());
        x.put("n", t.n());
        rate(x, "accuracy", t.accuracy());
      }
    }
    ObjectNode tolls = o.putObject("tolls");
    tolls.put("hits", m.tollHits());
    tolls.put("articles", m.tollArticles());
    o.put("failures", m.failures());
    return o;
  }

  private static void rate(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
