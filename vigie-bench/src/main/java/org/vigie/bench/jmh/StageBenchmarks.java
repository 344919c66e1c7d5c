package org.vigie.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigie.bench.ExampleArticles;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import org.vigie.extract.lang.LanguagePack;
import org.vigie.extract.lexicon.Match;
import org.vigie.geo.Geocoder;
import org.vigie.geo.Geocoders;
import org.vigie.geo.ResolvedPlace;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.model.Json;
import org.vigie.text.NormalizedText;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;

/**
 * The hot stages of the pipeline on one built-in example article per language (about 600 to 900
 * characters): normalisation and tokenisation, lexicon matching, geocoding, the whole extraction
 * and extraction plus JSON serialisation. Average time per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class StageBenchmarks {

  /** The example text and its language pack; cheap to load. */
  @State(Scope.Benchmark)
  public static class Text {
    @Param({"fr", "en", "ar"})
    public String lang;

    String text;
    Article article;
    LanguagePack pack;
    TokenizedText tokenized;

    @Setup(Level.Trial)
    public void setUp() {
      ExampleArticles.Example example =
          ExampleArticles.ALL.stream().filter(e -> e.lang().equals(lang)).findFirst().orElseThrow();
      text = example.text();
      article = example.article("jmh-" + lang);
      pack = LanguagePack.load(lang);
      tokenized = pack.tokenizer().tokenize(TextNormalizer.normalize(text));
    }
  }

  /** The bundled gazetteer, loaded only by the benchmarks that need it. */
  @State(Scope.Benchmark)
  public static class Geo {
    Geocoder geocoder;

    @Setup(Level.Trial)
    public void setUp() {
      geocoder = Geocoders.loadDefault();
    }
  }

  /** The default pipeline, loaded only by the benchmarks that need it. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    Extractor extractor;

    @Setup(Level.Trial)
    public void setUp() {
      extractor = Extractors.createDefault();
    }
  }

  @Benchmark
  public NormalizedText normalise(Text t) {
    return TextNormalizer.normalize(t.text);
  }

  @Benchmark
  public TokenizedText normaliseTokenise(Text t) {
    return t.pack.tokenizer().tokenize(TextNormalizer.normalize(t.text));
  }

  @Benchmark
  public List<Match> lexiconMatch(Text t) {
    return t.pack.matcher().findAll(t.tokenized.tokens());
  }

  @Benchmark
  public List<ResolvedPlace> geocode(Text t, Geo g) {
    return g.geocoder.annotate(t.tokenized, t.lang);
  }

  @Benchmark
  public ArticleResult extract(Text t, Pipeline p) {
    return p.extractor.extract(t.article);
  }

  @Benchmark
  public String extractAndSerialise(Text t, Pipeline p) {
    return Json.write(p.extractor.extract(t.article));
  }
}
