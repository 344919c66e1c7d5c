package org.vigie.server.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import org.vigie.model.Article;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.WriteMode;
import org.vigie.store.bench.MarkupExtractor;

/**
 * Fills a store with generated reports for the load test: deterministic (seeded), spread over four
 * years, 24 countries, 480 places and 60 actors, so that filters select realistic fractions. Each
 * article carries several events (different places and days) to keep ingest time down.
 */
public final class SyntheticEvents {
  static final String[] TYPES = {
    "ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "PROTEST", "PROTEST", "MOBILIZE", "THREATEN", "SEIZE"
  };
  static final String[] MODES = {
    "drone", "missile", "firearms", "explosives", "aerial", "shelling"
  };
  static final String[] STATUS = {"reported", "reported", "claimed", "confirmed"};
  static final String[] LANGS = {"fr", "en", "ar"};
  // country, centre lat, centre lon, spread in degrees
  static final Object[][] COUNTRIES = {
    {"ML", 17.0, -2.0, 4.0}, {"BF", 12.3, -1.6, 2.5}, {"NE", 16.0, 8.0, 4.0},
    {"NG", 10.0, 8.0, 4.0}, {"SD", 14.0, 30.0, 5.0}, {"SO", 5.0, 46.0, 3.0},
    {"UA", 49.0, 32.0, 4.0}, {"RU", 52.0, 38.0, 4.0}, {"SY", 35.0, 38.0, 2.0},
    {"IQ", 33.0, 44.0, 3.0}, {"YE", 15.5, 47.5, 3.0}, {"LB", 33.8, 35.8, 0.5},
    {"IL", 31.5, 34.9, 0.8}, {"PS", 31.4, 34.4, 0.3}, {"LY", 28.0, 17.0, 5.0},
    {"CD", -2.0, 28.0, 4.0}, {"CF", 6.5, 20.5, 3.0}, {"ET", 9.0, 39.0, 4.0},
    {"AF", 34.0, 66.0, 4.0}, {"PK", 30.0, 70.0, 4.0}, {"MM", 21.0, 96.0, 4.0},
    {"MZ", -13.0, 39.0, 3.0}, {"CM", 6.0, 12.0, 3.0}, {"TD", 13.0, 19.0, 3.0}
  };
  static final int PLACES_PER_COUNTRY = 20;
  static final int ACTORS = 60;
  static final LocalDate START = LocalDate.of(2022, 1, 1);
  static final int DAYS = 4 * 365;

  private SyntheticEvents() {}

  /** Writes {@code events} events (in articles of {@code perArticle}), printing progress. */
  public static void fill(EventStore store, int events, int perArticle, long seed) {
    MarkupExtractor x = new MarkupExtractor();
    int batchArticles = 500;
    List<ExtractedArticle> batch = new ArrayList<>();
    long t0 = System.nanoTime();
    int written = 0;
    for (Article a : articles(events, perArticle, seed)) {
      batch.add(ExtractedArticle.of(a, x.extract(a)));
      written += Math.min(perArticle, events - written);
      if (batch.size() == batchArticles) {
        store.write(batch, WriteMode.SKIP_KNOWN);
        batch.clear();
        if (written % 50_000 < perArticle * batchArticles) {
          double s = (System.nanoTime() - t0) / 1e9;
          System.out.printf(
              Locale.ROOT, "  %,d events written in %.0f s (%.0f/s)%n", written, s, written / s);
        }
      }
    }
    if (!batch.isEmpty()) {
      store.write(batch, WriteMode.SKIP_KNOWN);
    }
  }

  /**
   * The generated articles: {@code events} events in articles of {@code perArticle}, the same for
   * the same seed (what {@link #fill} writes, and what the load test bulk-loads).
   */
  public static Iterable<Article> articles(int events, int perArticle, long seed) {
    return () ->
        new Iterator<>() {
          final Random r = new Random(seed);
          int written;
          int article;

          @Override
          public boolean hasNext() {
            return written < events;
          }

          @Override
          public Article next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            StringBuilder text = new StringBuilder();
            String lang = LANGS[r.nextInt(LANGS.length)];
            LocalDate published = START.plusDays(r.nextInt(DAYS));
            text.append(lead(lang));
            for (int i = 0; i < perArticle && written < events; i++, written++) {
              text.append(' ').append(markup(r, published.minusDays(r.nextInt(30)))).append('.');
            }
            article++;
            return new Article(
                "synth-" + seed + "-" + (article - 1),
                text.toString(),
                published,
                lang,
                null,
                "Outlet " + (article % 40),
                null);
          }
        };
  }

  private static String lead(String lang) {
    return switch (lang) {
      case "fr" -> "Selon des sources locales, plusieurs incidents ont été signalés.";
      case "ar" -> "أفادت مصادر محلية بوقوع عدة حوادث.";
      default -> "Local sources reported several incidents.";
    };
  }

  private static String markup(Random r, LocalDate date) {
    Object[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    int place = r.nextInt(PLACES_PER_COUNTRY);
    // a place's position is a function of its index, so the same place always sits in one spot
    Random pr = new Random(((String) c[0]).hashCode() * 31L + place);
    double spread = (double) c[3];
    double lat = (double) c[1] + (pr.nextDouble() * 2 - 1) * spread;
    double lon = (double) c[2] + (pr.nextDouble() * 2 - 1) * spread;
    String type = TYPES[r.nextInt(TYPES.length)];
    int a1 = r.nextInt(ACTORS);
    int a2 = r.nextInt(ACTORS);
    StringBuilder m = new StringBuilder("{{ev type=").append(type);
    if (type.equals("ASSAULT") || type.equals("COERCE")) {
      m.append("; mode=").append(MODES[r.nextInt(MODES.length)]);
    }
    m.append("; date=").append(date);
    m.append("; place=").append(c[0]).append("-place-").append(place);
    m.append(String.format(Locale.ROOT, "; lat=%.4f; lon=%.4f", lat, lon));
    m.append("; cc=").append(c[0]);
    m.append("; admin1=").append(c[0]).append("-region-").append(place % 5);
    m.append("; a1=actor-").append(a1).append("; a1n=Actor ").append(a1);
    if (a2 != a1) {
      m.append("; a2=actor-").append(a2).append("; a2n=Actor ").append(a2);
    }
    if (type.equals("ASSAULT") && r.nextInt(3) > 0) {
      m.append("; killed=").append(r.nextInt(40));
    }
    String status = STATUS[r.nextInt(STATUS.length)];
    if (status.equals("claimed")) {
      m.append("; claim=actor-").append(a1);
    }
    m.append("; status=").append(status);
    return m.append("}}").toString();
  }
}
