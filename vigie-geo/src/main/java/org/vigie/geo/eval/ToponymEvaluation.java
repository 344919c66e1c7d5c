package org.vigie.geo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigie.geo.Geocoder;
import org.vigie.geo.Geocoders;
import org.vigie.geo.ResolvedPlace;
import org.vigie.geo.internal.Geo;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;
import org.vigie.text.Tokenizer;

/**
 * Scores the geocoder on GeoWebNews (Gritta et al.) as found in {@code shared/eval}: (a) resolution
 * of the literal toponyms given their gold spans — types Literal, Literal_Modifier, Mixed and
 * Embedded_Literal — as accuracy within 161 km (100 miles) and median error, a span left unresolved
 * counting as wrong with an error of 20,038 km (half the Earth's circumference); (b) recognition
 * without spans: recall of gold toponyms of every type (and of the literal ones) and precision of
 * the recognised mentions, a mention counting as right when it overlaps a gold toponym.
 */
public final class ToponymEvaluation {
  public static final Set<String> LITERAL_TYPES =
      Set.of("Literal", "Literal_Modifier", "Mixed", "Embedded_Literal");
  private static final double UNRESOLVED_KM = 20_038;

  /** Scores of one run. */
  public record Result(
      int literals,
      int resolved,
      int within161,
      double accuracy161,
      double medianKm,
      int goldToponyms,
      int goldFound,
      int literalFound,
      int literalGold,
      int predicted,
      int predictedRight,
      double recall,
      double literalRecall,
      double precision,
      double msPerArticle) {

    public String report() {
      return String.format(
          Locale.ROOT,
          "GeoWebNews: %d literal toponyms, %d resolved, accuracy@161km %.3f, median error %.1f km;"
              + " recognition recall %.3f (literal %.3f), precision %.3f (%d mentions);"
              + " %.2f ms/article",
          literals,
          resolved,
          accuracy161,
          medianKm,
          recall,
          literalRecall,
          precision,
          predicted,
          msPerArticle);
    }
  }

  private final Geocoder geocoder;
  private final Tokenizer tokenizer =
      new Tokenizer(
          Set.of("l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "lorsqu", "puisqu"),
          Set.of("m", "mm", "dr", "st", "mr", "mrs", "gen", "col", "lt", "sgt", "etc"));

  public ToponymEvaluation(Geocoder geocoder) {
    this.geocoder = geocoder;
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/eval/geowebnews-en.jsonl");
    Result r = new ToponymEvaluation(Geocoders.loadDefault()).run(file, args.length > 1);
    System.out.println(r.report());
  }

  public Result run(Path jsonl, boolean verbose) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Double> errors = new ArrayList<>();
    int literals = 0;
    int resolved = 0;
    int within = 0;
    int gold = 0;
    int goldFound = 0;
    int litGold = 0;
    int litFound = 0;
    int predicted = 0;
    int predictedRight = 0;
    int articles = 0;
    long nanos = 0;
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec = json.readTree(line);
        String text = rec.get("text").asText();
        String lang = rec.path("lang").asText("en");
        articles++;
        long t0 = System.nanoTime();
        TokenizedText tt = tokenizer.tokenize(TextNormalizer.normalize(text));
        List<ResolvedPlace> mentions = geocoder.annotate(tt, lang);
        nanos += System.nanoTime() - t0;
        List<int[]> spans = new ArrayList<>();
        List<JsonNode> lits = new ArrayList<>();
        List<int[]> allGold = new ArrayList<>();
        for (JsonNode p : rec.path("places")) {
          if (p.get("start").isNull() || p.get("end").isNull()) {
            continue;
          }
          int[] sp = {p.get("start").asInt(), p.get("end").asInt()};
          boolean literal = LITERAL_TYPES.contains(p.path("toponym_type").asText());
          allGold.add(sp);
          boolean found = mentions.stream().anyMatch(m -> m.start() < sp[1] && m.end() > sp[0]);
          gold++;
          goldFound += found ? 1 : 0;
          if (!found && verbose) {
            System.out.printf(
                "NOTFOUND %s: %s (%s) ...%s...%n",
                rec.get("id").asText(),
                p.get("name").asText(),
                p.path("toponym_type").asText(),
                text.substring(Math.max(0, sp[0] - 30), Math.min(text.length(), sp[1] + 30))
                    .replace('\n', ' '));
          }
          if (literal) {
            litGold++;
            litFound += found ? 1 : 0;
            spans.add(sp);
            lits.add(p);
          }
        }
        for (ResolvedPlace m : mentions) {
          predicted++;
          boolean right = allGold.stream().anyMatch(sp -> m.start() < sp[1] && m.end() > sp[0]);
          predictedRight += right ? 1 : 0;
          if (!right && verbose) {
            System.out.printf("FP %s: %s -> %s%n", rec.get("id").asText(), m.surface(), m.place());
          }
        }
        List<Optional<ResolvedPlace>> res = geocoder.resolveSpans(tt, lang, spans);
        for (int i = 0; i < spans.size(); i++) {
          JsonNode g = lits.get(i);
          literals++;
          double err = UNRESOLVED_KM;
          Optional<ResolvedPlace> o = res.get(i);
          if (o.isPresent()) {
            resolved++;
            err =
                Geo.km(
                    g.get("lat").asDouble(),
                    g.get("lon").asDouble(),
                    o.get().place().lat(),
                    o.get().place().lon());
          }
          errors.add(err);
          if (err <= 161) {
            within++;
          } else if (verbose) {
            System.out.printf(
                Locale.ROOT,
                "MISS %s: %s (%s, gold %.2f,%.2f %s) -> %s %.0f km%n",
                rec.get("id").asText(),
                g.get("name").asText(),
                g.get("toponym_type").asText(),
                g.get("lat").asDouble(),
                g.get("lon").asDouble(),
                g.path("normalised_name").asText(),
                o.map(p -> p.place().id() + " " + p.place().name() + " " + p.place().country())
                    .orElse("-"),
                err);
          }
        }
      }
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(e);
    double median =
        e.length == 0
            ? 0
            : (e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2);
    return new Result(
        literals,
        resolved,
        within,
        literals == 0 ? 0 : within / (double) literals,
        median,
        gold,
        goldFound,
        litFound,
        litGold,
        predicted,
        predictedRight,
        gold == 0 ? 0 : goldFound / (double) gold,
        litGold == 0 ? 0 : litFound / (double) litGold,
        predicted == 0 ? 0 : predictedRight / (double) predicted,
        articles == 0 ? 0 : nanos / 1e6 / articles);
  }
}
