package org.vigie.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.eval.run.FileEvaluation;
import org.vigie.eval.score.Field;
import org.vigie.eval.score.MergeMetrics;
import org.vigie.eval.score.Metrics;
import org.vigie.eval.score.SetScore;
import org.vigie.eval.score.Tally;
import org.vigie.geo.eval.ToponymEvaluation;

/**
 * The human-readable report of {@code vigie eval}: per gold file, detection P/R/F1 with TP/FP/FN
 * per language and overall, field accuracies with their n, tolls of §5, the type-only view of
 * sentence sets, and the notes. The same content renders as plain text or Markdown.
 */
public final class Reports {
  private Reports() {}

  public static String plain(List<FileEvaluation> files) {
    return render(files, false);
  }

  public static String markdown(List<FileEvaluation> files) {
    return render(files, true);
  }

  private static String render(List<FileEvaluation> files, boolean md) {
    StringBuilder b = new StringBuilder();
    if (md) {
      b.append("# Vigie evaluation\n\nScored by the rules of `shared/eval/SCORING.md`.\n\n");
    }
    for (FileEvaluation f : files) {
      heading(b, md, f.file());
      switch (f.status()) {
        case NOT_FOUND -> line(b, md, "gold not found");
        case PLACE_ONLY -> places(b, md, f.places());
        case SCORED -> scored(b, md, f);
      }
      if (f.merge() != null) {
        line(b, md, merge(f.merge()));
      }
      notes(b, md, f.notes());
      b.append('\n');
    }
    List<SetScore> scored =
        files.stream()
            .filter(f -> f.status() == FileEvaluation.Status.SCORED)
            .map(FileEvaluation::score)
            .toList();
    if (scored.size() > 1) {
      heading(b, md, "All files");
      Metrics all = Metrics.EMPTY;
      Map<String, Metrics> byLang = new TreeMap<>();
      for (SetScore s : scored) {
        all = all.plus(s.overall());
        s.byLanguage().forEach((k, v) -> byLang.merge(k, v, Metrics::plus));
      }
      detection(b, md, byLang, all);
      fields(b, md, byLang, all);
    }
    return b.toString();
  }

  private static void scored(StringBuilder b, boolean md, FileEvaluation f) {
    SetScore s = f.score();
    Metrics all = s.overall();
    line(
        b,
        md,
        all.articles()
            + " articles scored"
            + (f.skipped() > 0 ? ", " + f.skipped() + " skipped" : "")
            + (all.failures() > 0 ? ", extraction failed on " + all.failures() : "")
            + (all.optionalMatched() > 0
                ? ", " + all.optionalMatched() + " optional gold events matched (not counted)"
                : ""));
    detection(b, md, s.byLanguage(), all);
    fields(b, md, s.byLanguage(), all);
    if (all.tollArticles() > 0) {
      line(
          b,
          md,
          "Tolls that belong to no event (§5, target 0): "
              + all.tollHits()
              + " predicted events, over "
              + all.tollArticles()
              + " articles with not_event_tolls");
    }
    if (f.typeOnly()) {
      Tally t = all.field(Field.TYPE);
      line(
          b,
          md,
          "Type-only view: type accuracy over matched events "
              + cell(t)
              + "; detection with the right type P "
              + pct(all.typedPrecision())
              + " R "
              + pct(all.typedRecall())
              + " F1 "
              + pct(all.typedF1()));
    }
  }

  private static void places(StringBuilder b, boolean md, ToponymEvaluation.Result r) {
    line(b, md, "place-only gold: scored by the geo evaluation (vigie-geo, default gazetteer)");
    if (r == null) {
      return;
    }
    Table t = new Table("places", "n", "value");
    t.row(
        List.of(
            "literal toponyms resolved (gold spans)",
            Integer.toString(r.literals()),
            r.resolved() + " resolved"));
    t.row(List.of("accuracy@161km", Integer.toString(r.literals()), pct(r.accuracy161())));
    t.row(
        List.of(
            "median error (km)",
            Integer.toString(r.literals()),
            String.format(Locale.ROOT, "%.1f", r.medianKm())));
    t.row(
        List.of(
            "recognition recall (no spans)", Integer.toString(r.goldToponyms()), pct(r.recall())));
    t.row(
        List.of(
            "recognition recall, literal",
            Integer.toString(r.literalGold()),
            pct(r.literalRecall())));
    t.row(
        List.of(
            "recognition precision (mentions)",
            Integer.toString(r.predicted()),
            pct(r.precision())));
    b.append(md ? t.markdown() + "\n" : t.plain("  "));
  }

  private static void detection(
      StringBuilder b, boolean md, Map<String, Metrics> byLang, Metrics all) {
    Table t = new Table("detection", "articles", "TP", "FP", "FN", "P", "R", "F1");
    byLang.forEach((lang, m) -> t.row(detectionRow(lang, m)));
    t.row(detectionRow("all", all));
    b.append(md ? t.markdown() + "\n" : t.plain("  "));
  }

  private static List<String> detectionRow(String label, Metrics m) {
    return List.of(
        label,
        Integer.toString(m.articles()),
        Integer.toString(m.tp()),
        Integer.toString(m.fp()),
        Integer.toString(m.fn()),
        pct(m.precision()),
        pct(m.recall()),
        pct(m.f1()));
  }

  private static void fields(
      StringBuilder b, boolean md, Map<String, Metrics> byLang, Metrics all) {
    List<String> header = new ArrayList<>();
    header.add("field (matched pairs)");
    header.add("all");
    header.addAll(byLang.keySet());
    Table t = new Table(header.toArray(String[]::new));
    boolean any = false;
    for (Field f : Field.values()) {
      if (all.field(f).n() == 0) {
        continue; // the gold of these files does not score it
      }
      any = true;
      List<String> row = new ArrayList<>();
      row.add(f.key());
      row.add(cell(all.field(f)));
      byLang.values().forEach(m -> row.add(cell(m.field(f))));
      t.row(row);
    }
    if (any) {
      b.append(md ? t.markdown() + "\n" : t.plain("  "));
    }
  }

  private static void heading(StringBuilder b, boolean md, String title) {
    b.append(md ? "## " + title + "\n\n" : "== " + title + "\n");
  }

  private static void line(StringBuilder b, boolean md, String text) {
    b.append(md ? text + "\n\n" : "  " + text + "\n");
  }

  private static void notes(StringBuilder b, boolean md, List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    b.append(md ? "Notes:\n\n" : "  notes:\n");
    for (String n : notes) {
      b.append(md ? "- " + n + "\n" : "    - " + n + "\n");
    }
    if (md) {
      b.append('\n');
    }
  }

  /** The §6 line, for the store's evaluation to append once it has merged the predictions. */
  public static String merge(MergeMetrics m) {
    return "Merging across reports (§6): pairwise precision "
        + pct(m.precision())
        + " ("
        + m.correct()
        + "/"
        + m.merged()
        + " merged pairs), recall "
        + pct(m.recall())
        + " ("
        + m.correct()
        + "/"
        + m.linked()
        + " gold-linked pairs); "
        + m.linkedUnmatched()
        + " gold-linked pairs not scored because a side was not matched";
  }

  /** "0.812 (290)", or "–" when nothing was scored. */
  static String cell(Tally t) {
    return t.n() == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d)", t.accuracy(), t.n());
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }
}
