package org.vigie.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.vigie.extract.actor.ActorFinder;
import org.vigie.extract.actor.ActorMention;
import org.vigie.extract.actor.ActorRegistry;
import org.vigie.extract.event.AcledMapper;
import org.vigie.extract.event.Annotations;
import org.vigie.extract.event.ArticleEvents;
import org.vigie.extract.event.EventAssembler;
import org.vigie.extract.event.EventFactory;
import org.vigie.extract.lang.LanguageIdentifier;
import org.vigie.extract.lang.LanguagePack;
import org.vigie.extract.lexicon.Match;
import org.vigie.extract.parse.CasualtyMention;
import org.vigie.extract.parse.CasualtyParser;
import org.vigie.extract.parse.Frame;
import org.vigie.extract.parse.FrameFinder;
import org.vigie.extract.parse.NumberMention;
import org.vigie.extract.parse.NumberParser;
import org.vigie.extract.parse.TimeMention;
import org.vigie.extract.parse.TimeParser;
import org.vigie.geo.Geocoder;
import org.vigie.geo.ResolvedPlace;
import org.vigie.model.Article;
import org.vigie.model.ArticleInfo;
import org.vigie.model.ArticleResult;
import org.vigie.model.Diagnostic;
import org.vigie.model.Span;
import org.vigie.text.NormalizedText;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;

/**
 * The default extraction pipeline: normalise → language → sentences and tokens → lexicons and actor
 * registry → numbers and time → places → actors, casualties, reporting frames → event mentions with
 * roles and scope → merge inside the article → contract records. Each step is a small class over
 * read-only resources; this class only wires them.
 */
public final class PipelineExtractor implements Extractor {
  private final Map<String, LanguagePack> packs;
  private final LanguageIdentifier identifier;
  private final ActorRegistry registry;
  private final ActorFinder actorFinder;
  private final Geocoder geocoder;
  private final EventAssembler assembler;
  private final EventFactory factory;

  public PipelineExtractor(
      Map<String, LanguagePack> packs,
      LanguageIdentifier identifier,
      ActorRegistry registry,
      Geocoder geocoder,
      AcledMapper acled) {
    this.packs = Map.copyOf(packs);
    this.identifier = identifier;
    this.registry = registry;
    this.actorFinder = new ActorFinder(registry);
    this.geocoder = geocoder;
    this.assembler = new EventAssembler(registry);
    this.factory = new EventFactory(registry, acled);
  }

  @Override
  public ArticleResult extract(Article article) {
    String text = article.text();
    NormalizedText nt = TextNormalizer.normalize(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    String lang = article.language();
    if (lang == null || lang.isBlank()) {
      lang = text.isBlank() ? null : identifier.detect(nt.normalized());
    }
    LanguagePack pack = lang == null ? null : packs.get(lang);
    String sha = sha256(text);
    if (pack == null) {
      diagnostics.add(
          Diagnostic.warning(
              "unsupported-language",
              lang == null
                  ? "could not tell the language of the text; no events extracted"
                  : "no lexicons for language '"
                      + lang
                      + "' (supported: "
                      + String.join(", ", packs.keySet().stream().sorted().toList())
                      + "); no events extracted",
              List.of()));
      return new ArticleResult(
          ArticleResult.SCHEMA,
          info(
              article,
              lang,
              article.published(),
              article.published() != null ? "given" : "none",
              sha),
          List.of(),
          List.of(),
          List.of(),
          diagnostics);
    }
    TokenizedText tt = pack.tokenizer().tokenize(nt);
    List<Match> lex = pack.matcher().findAll(tt.tokens());
    List<Match> registryMatches = registry.matcher().findAll(tt.tokens());
    TimeParser timeParser = new TimeParser(pack.numericDateOrder());
    LocalDate anchor = article.published();
    String basis = "given";
    if (anchor == null) {
      anchor = timeParser.latestExplicitDate(tt, lex);
      basis = anchor == null ? "none" : "latest-date-in-text";
    }
    List<NumberMention> numbers = NumberParser.parse(tt, lex);
    List<TimeMention> times = withoutDateline(timeParser.parse(tt, lex, anchor), article);
    List<ActorMention> actors = actorFinder.find(tt, lex, registryMatches);
    java.util.Set<String> actorCountries = countryHints(actors);
    List<ResolvedPlace> places =
        org.vigie.extract.parse.PlaceFilter.filter(
            tt,
            lex,
            geocoder.annotate(tt, lang, actorCountries),
            actors,
            actorCountries,
            registry::neighbours);
    List<CasualtyMention> casualties = CasualtyParser.parse(tt, lex, numbers, times);
    List<Frame> frames = FrameFinder.find(tt, lex, actors);
    Annotations annotations =
        new Annotations(lang, tt, lex, actors, numbers, times, places, casualties, frames, anchor);
    ArticleEvents events =
        ArticleEvents.of(
            assembler.assemble(annotations), annotations, factory, sha, article.outlet());
    diagnostics.addAll(events.diagnostics());
    for (TimeMention t : times) {
      if (t.weekdayConflict()) {
        diagnostics.add(
            Diagnostic.warning(
                "weekday-date-conflict",
                "the weekday does not fall on the day number; the day number was kept",
                List.of(
                    Span.of(
                        text,
                        tt.tokens().get(t.from()).start(),
                        tt.tokens().get(t.to() - 1).end()))));
      }
    }
    return new ArticleResult(
        ArticleResult.SCHEMA,
        info(article, lang, anchor, basis, sha),
        events.events(),
        events.statistics(),
        events.intentions(),
        diagnostics);
  }

  /**
   * A publication dateline at the head of the text ("date 2025-10-05 …", "Tripoli, 12 May 2025 -")
   * dates the article, not the events the first sentence tells.
   */
  private static List<TimeMention> withoutDateline(List<TimeMention> times, Article article) {
    if (article.published() == null) {
      return times;
    }
    List<TimeMention> out = new java.util.ArrayList<>(times.size());
    for (TimeMention t : times) {
      boolean dateline =
          t.from() < DATELINE_TOKENS
              && t.start() != null
              && t.start().equals(article.published())
              && t.start().equals(t.end());
      if (!dateline) {
        out.add(t);
      }
    }
    return out;
  }

  private static final int DATELINE_TOKENS = 6;

  /**
   * The countries the article's actors belong to ("Al Shabaab" Somalia, "l'armée malienne" Mali):
   * hints for the geocoder among homonyms.
   */
  private static java.util.Set<String> countryHints(List<ActorMention> actors) {
    java.util.Set<String> hints = new java.util.LinkedHashSet<>();
    for (ActorMention m : actors) {
      if (m.actor() != null && m.actor().country() != null && !m.actor().country().isBlank()) {
        hints.add(m.actor().country());
      }
    }
    return hints;
  }

  private static ArticleInfo info(
      Article a, String lang, LocalDate published, String basis, String sha) {
    return new ArticleInfo(
        a.id(),
        a.url(),
        a.outlet(),
        a.title(),
        lang,
        published == null ? null : published.toString(),
        basis,
        sha,
        a.text().length(),
        null);
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
