package org.vigie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.model.Json;

/**
 * Corpora for the tests: generated reports of made-up events (several outlets and languages per
 * event, with varying tolls, country-only reports, two events in one article, a duplicate text, an
 * id clash, an article without id and a bad line), plus, when {@code ../shared} is there, eval
 * texts read from it at run time (never copied into the project).
 */
final class TestCorpus {
  private TestCorpus() {}

  private static final String[][] PLACES = {
    {"Kidal", "18.44", "1.41", "ML"},
    {"Gao", "16.27", "-0.04", "ML"},
    {"Mosul", "36.34", "43.13", "IQ"},
    {"Erbil", "36.19", "44.01", "IQ"},
    {"Khan_Younis", "31.34", "34.31", "PS"},
    {"Rafah", "31.29", "34.25", "PS"},
    {"Aleppo", "36.2", "37.16", "SY"},
    {"Idlib", "35.93", "36.63", "SY"},
  };
  private static final String[] ACTORS = {"mali-army", "isis", "idf", "hamas", "hts", "syria-army"};
  private static final String[] MODES = {"drone", "aerial", "shelling", "firearms"};
  private static final String[] OUTLETS = {"RFI", "Reuters", "Al Jazeera", "AFP", "Le Monde"};

  /** {@code events} made-up events, each told by one to four reports. */
  static List<String> generated(int events) {
    List<String> lines = new ArrayList<>();
    LocalDate base = LocalDate.of(2024, 8, 1);
    String pending = null;
    for (int i = 0; i < events; i++) {
      String[] p = PLACES[i % PLACES.length];
      LocalDate day = base.plusDays((i * 7L) % 45);
      String actor = ACTORS[(i / 3) % ACTORS.length];
      String mode = MODES[i % MODES.length];
      String type = i % 9 == 4 ? "PROTEST" : "ASSAULT";
      int killed = 3 + (i * 5) % 40;
      int reports = 1 + i % 4;
      for (int r = 0; r < reports; r++) {
        String outlet = OUTLETS[(i + r) % OUTLETS.length];
        boolean countryOnly = r == 2 && i % 5 == 0;
        String tag =
            "[ev type="
                + type
                + " mode="
                + mode
                + " date="
                + day
                + (countryOnly ? "" : " place=" + p[0] + " lat=" + p[1] + " lon=" + p[2])
                + " cc="
                + p[3]
                + " a1="
                + actor
                + " t=civilians"
                + (r == 3 ? "" : " killed=" + (killed + r))
                // made-up events repeat their facts every 360: the ref keeps the texts apart
                + " ref="
                + i
                + "."
                + r
                + "]";
        String sentence = sentence(r % 3, day, actor, mode, p[0].replace('_', ' '), killed + r);
        String text = sentence + " " + tag;
        if (i % 7 == 3 && r == 0) {
          pending = text; // carried into the next event's first report: two events, one article
          continue;
        }
        if (pending != null && r == 0) {
          text = pending + "\n\n" + text;
          pending = null;
        }
        lines.add(line("gen-" + i + "-" + r, text, day.plusDays(r % 2), lang(r % 3), outlet));
      }
    }
    lines.add(lines.get(1).replace("\"gen-", "\"dup-")); // same text, other id: a duplicate
    lines.add(line("gen-0-0", "Another text under a taken id, with no event.", base, "en", "X"));
    lines.add(
        line(
            null,
            "An article without id: gunmen attacked a checkpoint near Gao on 1 August 2024,"
                + " killing two soldiers. [ev type=ASSAULT date=2024-08-01 cc=ML]",
            base,
            "en",
            "AFP"));
    lines.add("{not json");
    return lines;
  }

  private static String lang(int k) {
    return new String[] {"en", "fr", "ar"}[k];
  }

  private static String sentence(
      int k, LocalDate day, String actor, String mode, String place, int killed) {
    return switch (k) {
      case 0 ->
          String.format(
              Locale.ROOT,
              "On %s, a %s strike by %s killed %d civilians in %s.",
              day,
              mode,
              actor,
              killed,
              place);
      case 1 ->
          String.format(
              Locale.ROOT,
              "Le %s, une frappe de %s a tué %d civils à %s.",
              day,
              actor,
              killed,
              place);
      default ->
          String.format(
              Locale.ROOT, "في %s، قتل %d مدنيا في %s في هجوم شنه %s.", day, killed, place, actor);
    };
  }

  static String line(String id, String text, LocalDate published, String lang, String outlet) {
    ObjectNode o = Json.mapper().createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    o.put("text", text);
    o.put("published", published.toString());
    o.put("lang", lang);
    o.put("outlet", outlet);
    return Json.write(o);
  }

  /** The shared eval directory, or null when absent. */
  static Path shared() {
    String s = System.getProperty("vigie.shared");
    Path p = s == null ? null : Path.of(s, "eval");
    return p != null && Files.isDirectory(p) ? p : null;
  }

  /** Up to {@code limit} eval articles that carry their text, spread over the eval files. */
  static List<String> evalTexts(int limit) throws IOException {
    Path dir = shared();
    List<String> out = new ArrayList<>();
    if (dir == null) {
      return out;
    }
    String[] files = {
      "popcorn-fr.jsonl",
      "petrarch-ar.jsonl",
      "acled-sample.jsonl",
      "gtd-sample.jsonl",
      "plover-gsr-en.jsonl",
      "petrarch-en.jsonl"
    };
    int per = Math.max(1, limit / files.length);
    for (String f : files) {
      Path p = dir.resolve(f);
      if (!Files.exists(p)) {
        continue;
      }
      int n = 0;
      for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        JsonNode j = Json.mapper().readTree(l);
        if (n >= per || !j.path("text").isTextual()) {
          continue;
        }
        ObjectNode o = Json.mapper().createObjectNode();
        for (String k : new String[] {"id", "text", "published", "lang", "url", "outlet"}) {
          if (j.hasNonNull(k)) {
            o.set(k, j.get(k));
          }
        }
        out.add(Json.write(o));
        n++;
      }
    }
    return out;
  }

  static Path write(Path dir, String name, List<String> lines) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }
}
