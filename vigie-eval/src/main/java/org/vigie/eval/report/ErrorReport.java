package org.vigie.eval.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.eval.gold.GoldEvent;
import org.vigie.eval.gold.GoldValue;
import org.vigie.eval.run.FileEvaluation;
import org.vigie.eval.score.ArticleScore;
import org.vigie.eval.score.Field;
import org.vigie.eval.score.FieldRules;
import org.vigie.eval.score.MatchedPair;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;

/**
 * The per-article errors behind the scores, for the developer who has to fix them: missed gold
 * events, spurious predictions (with the rule and the first evidence span that produced them) and,
 * on matched pairs, each wrong field as gold against predicted. Articles without an error are left
 * out.
 */
public final class ErrorReport {
  private ErrorReport() {}

  public static String markdown(List<FileEvaluation> results) {
    StringBuilder sb = new StringBuilder("# Vigie evaluation errors\n");
    for (FileEvaluation fe : results) {
      if (fe.score() == null) {
        continue;
      }
      sb.append("\n## ").append(fe.file()).append('\n');
      for (ArticleScore a : fe.score().articles()) {
        article(sb, a);
      }
    }
    return sb.toString();
  }

  private static void article(StringBuilder sb, ArticleScore a) {
    List<Event> predicted = a.result() == null ? List.of() : a.result().events();
    StringBuilder body = new StringBuilder();
    if (a.error() != null) {
      body.append("- extraction failed: ").append(a.error()).append('\n');
    }
    if (a.match() != null) {
      for (int g : a.match().unmatchedGold()) {
        GoldEvent ge = a.gold().events().get(g);
        if (!ge.optional()) {
          body.append("- MISSED gold #").append(g).append(": ").append(gold(ge)).append('\n');
        }
      }
      for (int p : a.match().unmatchedPredicted()) {
        body.append("- SPURIOUS: ").append(predicted(predicted.get(p))).append('\n');
      }
      for (MatchedPair pair : a.match().pairs()) {
        GoldEvent ge = a.gold().events().get(pair.gold());
        Event pe = predicted.get(pair.predicted());
        String wrong =
            FieldRules.all(ge, pe).entrySet().stream()
                .filter(e -> Boolean.FALSE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .map(f -> f.key() + " gold=" + goldField(ge, f) + " got=" + predictedField(pe, f))
                .collect(Collectors.joining("; "));
        if (!wrong.isEmpty()) {
          body.append("- matched gold #").append(pair.gold()).append(": ").append(wrong);
          body.append('\n');
        }
      }
    }
    if (a.tollHits() > 0) {
      body.append("- toll of no event attached: ").append(a.tollHits()).append('\n');
    }
    if (body.length() > 0) {
      sb.append("\n### ")
          .append(a.gold().id())
          .append(" (")
          .append(a.gold().lang())
          .append(", published ")
          .append(a.gold().published())
          .append(")\n")
          .append(body);
    }
  }

  private static String gold(GoldEvent g) {
    return String.join(
        " | ",
        g.type() + "/" + g.mode(),
        g.actor1() + " → " + g.actor2(),
        String.valueOf(g.dates()),
        g.place() + " (" + g.country() + ")",
        "killed " + value(g.killed()) + ", injured " + value(g.injured()),
        "claimed " + value(g.claimed()));
  }

  private static String predicted(Event e) {
    String ev = "";
    if (!e.evidence().isEmpty() && e.evidence().get(0).text() != null) {
      ev = " «" + e.evidence().get(0).text().replace('\n', ' ') + "»";
    }
    return String.join(
            " | ",
            e.scope() + " " + e.type() + "/" + e.mode(),
            predictedField(e, Field.ACTOR1) + " → " + predictedField(e, Field.ACTOR2),
            predictedField(e, Field.DATE),
            predictedField(e, Field.PLACE),
            "killed " + predictedField(e, Field.KILLED),
            "rule " + e.rule())
        + ev;
  }

  private static String goldField(GoldEvent g, Field f) {
    return switch (f) {
      case TYPE -> g.type() + (g.typeAccept().isEmpty() ? "" : " " + g.typeAccept());
      case MODE -> g.mode() + (g.modeAccept().isEmpty() ? "" : " " + g.modeAccept());
      case ACTOR1 -> g.actor1() + (g.actor1Alt().isEmpty() ? "" : " " + g.actor1Alt());
      case ACTOR2 -> g.actor2() + (g.actor2Alt().isEmpty() ? "" : " " + g.actor2Alt());
      case DATE -> String.valueOf(g.dates());
      case PLACE -> g.place() + " [" + g.lat() + "," + g.lon() + " ±" + g.tolKm() + "km]";
      case COUNTRY -> g.country();
      case KILLED -> value(g.killed()) + (g.killedAccept().isEmpty() ? "" : " " + g.killedAccept());
      case INJURED ->
          value(g.injured()) + (g.injuredAccept().isEmpty() ? "" : " " + g.injuredAccept());
      case CLAIMED -> value(g.claimed());
    };
  }

  private static String predictedField(Event e, Field f) {
    return switch (f) {
      case TYPE -> e.type();
      case MODE -> e.mode();
      case ACTOR1 -> actor(e.actor("actor1"));
      case ACTOR2 -> actor(e.actor("actor2")) + "/" + actor(e.actor("target"));
      case DATE -> e.date() == null ? "null" : e.date().start() + ".." + e.date().end();
      case PLACE ->
          e.location() == null
              ? "null"
              : e.location().name()
                  + " ["
                  + e.location().lat()
                  + ","
                  + e.location().lon()
                  + " p"
                  + e.location().precision()
                  + "]";
      case COUNTRY -> e.location() == null ? "null" : e.location().country();
      case KILLED -> count(e.casualties() == null ? null : e.casualties().killed());
      case INJURED -> count(e.casualties() == null ? null : e.casualties().injured());
      case CLAIMED ->
          e.attribution() == null
              ? "null"
              : e.attribution().status()
                  + (e.attribution().claimedBy() == null
                      ? ""
                      : " by " + e.attribution().claimedBy().name());
    };
  }

  private static String actor(EventActor a) {
    return a == null ? "-" : a.name();
  }

  private static String count(Count c) {
    return c == null ? "null" : String.valueOf(c.value());
  }

  private static String value(GoldValue<?> v) {
    return v.present() ? String.valueOf(v.value()) : "?";
  }
}
