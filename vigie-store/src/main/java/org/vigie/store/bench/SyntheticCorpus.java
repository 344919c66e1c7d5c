package org.vigie.store.bench;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.vigie.model.Article;

/**
 * A deterministic synthetic corpus of small articles for scale runs: varied countries, places,
 * dates (2019–2025), actors, modes and tolls, written in {@link MarkupExtractor} markup. About one
 * article in four retells an earlier article's event from another outlet (slightly different toll
 * and coordinates, sometimes only the country), so the merge has work to do. Article {@code i} is
 * always the same text: the corpus is an {@link Iterable} that generates on the fly, in constant
 * memory.
 */
public final class SyntheticCorpus implements Iterable<Article> {
  private static final String[] COUNTRIES = {
    "ML", "BF", "NE", "NG", "SD", "SO", "YE", "SY", "IQ", "LB", "IL", "PS", "UA", "RU", "CD", "ET",
    "MZ", "CM", "TD", "LY", "AF", "PK", "MM", "HT", "CO", "MX", "SS", "CF", "KE", "EG"
  };
  private static final String[] MODES = {
    "drone", "aerial", "missile", "shelling", "explosives", "firearms", "abduct"
  };
  private static final String[] TYPES = {
    "ASSAULT", "ASSAULT", "ASSAULT", "FIGHT", "COERCE", "PROTEST"
  };
  private static final String[] OUTLETS = {
    "RFI",
    "AP",
    "Reuters",
    "AFP",
    "Al Jazeera",
    "BBC",
    "Le Monde",
    "Anadolu",
    "Xinhua",
    "DW",
    "France 24",
    "Al Arabiya",
    "Kyiv Independent",
    "Sudan Tribune",
    "Jeune Afrique"
  };
  private static final String[] LANGS = {"fr", "en", "ar"};
  private static final LocalDate EPOCH = LocalDate.of(2019, 1, 1);

  private final long size;
  private final long seed;

  public SyntheticCorpus(long size, long seed) {
    this.size = size;
    this.seed = seed;
  }

  @Override
  public Iterator<Article> iterator() {
    return new Iterator<>() {
      private long i;

      @Override
      public boolean hasNext() {
        return i < size;
      }

      @Override
      public Article next() {
        if (i >= size) {
          throw new NoSuchElementException();
        }
        return article(i++);
      }
    };
  }

  /** The {@code i}-th article. */
  public Article article(long i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    boolean retelling = i > 10 && r.nextInt(4) == 0;
    long event = retelling ? i - 1 - r.nextInt((int) Math.min(i - 1, 40)) : i;
    SplittableRandom e = new SplittableRandom(seed * 7_919L + event * 31L);
    String cc = COUNTRIES[e.nextInt(COUNTRIES.length)];
    int ccIndex = indexOf(cc);
    // each country a 10°×10° square somewhere on the globe, places anywhere inside it
    double baseLat = -30 + (ccIndex % 6) * 12;
    double baseLon = -80 + (ccIndex / 6) * 35;
    int place = e.nextInt(400);
    double lat = baseLat + (place % 20) * 0.5 + 0.1;
    double lon = baseLon + (place / 20) * 0.5 + 0.1;
    LocalDate date = EPOCH.plusDays(e.nextInt(365 * 7));
    String type = TYPES[e.nextInt(TYPES.length)];
    String mode = MODES[e.nextInt(MODES.length)];
    String a1 = "actor-" + cc.toLowerCase(Locale.ROOT) + "-" + e.nextInt(12);
    String a2 = "civilians-" + cc.toLowerCase(Locale.ROOT);
    int killed = e.nextInt(5) == 0 ? -1 : e.nextInt(60);
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    String lang = LANGS[r.nextInt(LANGS.length)];
    if (retelling) {
      lat += r.nextDouble() * 0.05;
      lon += r.nextDouble() * 0.05;
      if (killed > 0 && r.nextBoolean()) {
        killed += r.nextInt(5);
      }
    }
    StringBuilder m = new StringBuilder();
    m.append("{{ev type=").append(type).append("; mode=").append(mode);
    m.append("; date=").append(date);
    if (retelling && r.nextInt(5) == 0) {
      m.append("; cc=").append(cc); // only the country
    } else {
      m.append(
          String.format(
              Locale.ROOT, "; place=P%s%d; lat=%.4f; lon=%.4f; cc=%s", cc, place, lat, lon, cc));
    }
    m.append("; a1=").append(a1).append("; a1n=Group ").append(a1.substring(6));
    m.append("; a2=").append(a2).append("; a2n=Civilians (").append(cc).append(")");
    if (killed >= 0) {
      m.append("; killed=").append(killed);
    }
    if (r.nextInt(6) == 0) {
      m.append("; claim=").append(a1);
    }
    m.append("; summary=").append(mode).append(" attack by ").append(a1).append("}}");
    String text =
        "Report "
            + i
            + " by "
            + outlet
            + ". An incident was reported on "
            + date
            + " in "
            + cc
            + ". "
            + m
            + " Local sources gave further details.";
    return new Article(
        "syn-" + i,
        text,
        date.plusDays(r.nextInt(3)),
        lang,
        "https://synthetic.example/" + i,
        outlet,
        null);
  }

  private static int indexOf(String cc) {
    for (int i = 0; i < COUNTRIES.length; i++) {
      if (COUNTRIES[i].equals(cc)) {
        return i;
      }
    }
    return 0;
  }
}
