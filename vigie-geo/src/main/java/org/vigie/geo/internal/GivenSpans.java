package org.vigie.geo.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vigie.geo.Place;
import org.vigie.geo.ResolvedPlace;
import org.vigie.geo.internal.ArticleGeocoder.Mention;
import org.vigie.geo.internal.ArticleGeocoder.Units;
import org.vigie.text.Token;
import org.vigie.text.TokenizedText;

/**
 * Given spans ({@link org.vigie.geo.Geocoder#resolveSpans}) the gazetteer does not hold as a whole:
 * no entry at all ("Bywater"), a street, building or site ("Royal Street", cue kind {@code
 * facility}), a partial match followed by more of the name and far from the article's town
 * ("Elysian Fields" is not Elysian, MN), a reading through a fallback area, or a small town far
 * abroad while the story is clearly set elsewhere ("Glenrock" in a New South Wales story). Such a
 * span is placed in the article's town ({@link Locality}, or the town named near it in its
 * sentence): basis "relative", relation "near", low confidence.
 */
final class GivenSpans {
  /**
   * A given span matched only in part whose reading lies this far from the article's town is read
   * as a site in that town instead ("Elysian Fields" in a New Orleans story is not Elysian, MN).
   */
  private static final double PARTIAL_NAME_KM = 200;

  /**
   * A town named in the span's sentence stands for the article's town only this close to it: a
   * stray reading ("Bourbon" of Bourbon Street read as a town in Missouri) must not.
   */
  private static final double SENTENCE_TOWN_KM = 400;

  /**
   * Share of the article's places in its main country for a small town abroad to yield to the
   * article's town.
   */
  private static final double CLEAR_SETTING = 0.5;

  /** Below this importance a given span's reading abroad yields to the article's town. */
  private static final double SMALL_ABROAD_IMPORTANCE = 5.5;

  /** Confidence of a span placed in the article's town for want of an entry. */
  private static final double LOCAL_CONFIDENCE = 0.3;

  private final PlaceIndex ix;
  private final Cues cues;

  GivenSpans(PlaceIndex ix, Cues cues) {
    this.ix = ix;
    this.cues = cues;
  }

  /**
   * One result per span, from the mention resolved for it (null when no entry matched) and all the
   * article's resolved mentions.
   */
  List<Optional<ResolvedPlace>> resolve(
      TokenizedText text,
      Units units,
      List<int[]> spans,
      Mention[] forSpan,
      List<Mention> all,
      Function<Mention, ResolvedPlace> toResolved) {
    boolean[] whole = new boolean[spans.size()];
    Set<Mention> partial = new HashSet<>();
    for (int s = 0; s < spans.size(); s++) {
      whole[s] = forSpan[s] != null && covers(text, units, forSpan[s], spans.get(s));
      if (forSpan[s] != null && !whole[s]) {
        partial.add(forSpan[s]);
      }
    }
    // the article's town, from the names it gives in full ("Royal" of "Royal Street" is none)
    List<ResolvedPlace> resolved = new ArrayList<>(all.size());
    for (Mention m : all) {
      ResolvedPlace r = partial.contains(m) ? null : toResolved.apply(m);
      if (r != null) {
        resolved.add(r);
      }
    }
    Optional<Place> locality = Locality.of(resolved);
    Optional<Place> clearLocality = Locality.of(resolved, CLEAR_SETTING);
    List<Optional<ResolvedPlace>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      Mention m = forSpan[s];
      ResolvedPlace r = m == null ? null : toResolved.apply(m);
      if (locality.isPresent() && !whole[s]) {
        // a name the gazetteer lacks, or holds only in part ("Royal Street" read as Royal City,
        // "Elysian Fields" as Elysian): a street or site is most likely in the article's town
        Place loc = sentenceTown(text, resolved, spans.get(s), locality.get());
        if (r == null
            || hasFacilityWord(text, units, spans.get(s))
            // part of the name read as a small place abroad, already replaced by a named area
            || "region".equals(r.relation())
            || (continuesAfter(text, units, m, spans.get(s))
                && Geo.km(r.lat(), r.lon(), loc.lat(), loc.lon()) > PARTIAL_NAME_KM)) {
          r = local(text, units, spans.get(s), loc);
        }
      }
      if (clearLocality.isPresent()
          && whole[s]
          && r != null
          && smallTownAbroad(m, r, clearLocality.get(), resolved)) {
        // "Glenrock" in a story set in New South Wales is not the Wyoming town: the article's
        // town stands for a place the gazetteer lacks
        r =
            local(
                text,
                units,
                spans.get(s),
                sentenceTown(text, resolved, spans.get(s), clearLocality.get()));
      }
      out.add(Optional.ofNullable(r));
    }
    return out;
  }

  /**
   * A town or site (not a large city) outside the country of the article's town, in a country where
   * the article names nothing else, far from that town.
   */
  private boolean smallTownAbroad(Mention m, ResolvedPlace r, Place loc, List<ResolvedPlace> all) {
    Place p = r.place();
    if (!("P".equals(p.featureClass()) || "S".equals(p.featureClass()))
        || "region".equals(r.relation())
        || ix.importance(m.pick) >= SMALL_ABROAD_IMPORTANCE
        || p.country().equals(loc.country())
        || Geo.km(p.lat(), p.lon(), loc.lat(), loc.lon()) <= PARTIAL_NAME_KM) {
      return false;
    }
    for (ResolvedPlace o : all) {
      // the article names that country, or another place in it (Dundalk with Dublin)
      if (o.place().country().equals(p.country()) && !o.place().id().equals(p.id())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The town named nearest to the span in its sentence, in the country of the article's town and
   * near it ("Alder Hey Children's Hospital in Liverpool"), else the article's town.
   */
  private static Place sentenceTown(
      TokenizedText text, List<ResolvedPlace> resolved, int[] sp, Place locality) {
    int at = -1;
    for (int t = 0; t < text.tokens().size() && at < 0; t++) {
      if (text.tokens().get(t).start() >= sp[0]) {
        at = t;
      }
    }
    if (at < 0) {
      return locality;
    }
    int sentence = text.tokens().get(at).sentence();
    Place best = locality;
    int bestGap = Integer.MAX_VALUE;
    for (ResolvedPlace r : resolved) {
      Place p = r.place();
      if ("named".equals(r.basis())
          && "P".equals(p.featureClass())
          && p.country().equals(locality.country())
          && Geo.km(p.lat(), p.lon(), locality.lat(), locality.lon()) <= SENTENCE_TOWN_KM
          && text.tokens().get(r.firstToken()).sentence() == sentence
          && Math.abs(r.firstToken() - at) < bestGap) {
        best = p;
        bestGap = Math.abs(r.firstToken() - at);
      }
    }
    return best;
  }

  /** True when the mention's name covers every content word of the span. */
  private boolean covers(TokenizedText text, Units u, Mention m, int[] sp) {
    for (int x = 0; x < u.size; x++) {
      Token t = text.tokens().get(u.tok[x]);
      if (t.start() < sp[0] || t.start() >= sp[1] || u.cont.get(x)) {
        continue;
      }
      if ((u.tok[x] < m.first || u.tok[x] >= nameEnd(m)) && isContent(text, u, x)) {
        return false;
      }
    }
    return true;
  }

  /** True when a content word of the span follows the mention's name ("Elysian Fields"). */
  private boolean continuesAfter(TokenizedText text, Units u, Mention m, int[] sp) {
    for (int x = 0; x < u.size; x++) {
      Token t = text.tokens().get(u.tok[x]);
      if (t.start() >= sp[0]
          && t.start() < sp[1]
          && !u.cont.get(x)
          && u.tok[x] >= nameEnd(m)
          && isContent(text, u, x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the words read with the name end: cue words after it count when the reading is what they
   * say ("Guma Local Government Area" read as the LGA), not otherwise ("Mississippi River" read as
   * the state).
   */
  private int nameEnd(Mention m) {
    if (m.phraseEnd <= m.end || m.pick < 0) {
      return m.end;
    }
    String code = ix.place(m.pick).featureCode();
    boolean said =
        (m.adminCodes != null && m.adminCodes.contains(code))
            || (m.featureCodes != null && m.featureCodes.contains(code));
    return said ? m.phraseEnd : m.end;
  }

  /**
   * A word of a given span that adds to the name: not a connector, nor a lower-case stop word
   * ("River" of "Mississippi River" is a stop word alone, part of the name here).
   */
  private boolean isContent(TokenizedText text, Units u, int x) {
    String key = u.key[x];
    return cues.isFacility(key)
        || (!cues.isConnector(key)
            && (!cues.isStop(key) || text.tokens().get(u.tok[x]).capitalized()));
  }

  /** True when a word of a multi-word span makes it a street, building or site. */
  private boolean hasFacilityWord(TokenizedText text, Units u, int[] sp) {
    int words = 0;
    boolean facility = false;
    for (int x = 0; x < u.size; x++) {
      Token t = text.tokens().get(u.tok[x]);
      if (t.start() >= sp[0] && t.start() < sp[1] && !u.cont.get(x)) {
        words++;
        facility |= cues.isFacility(u.key[x]);
      }
    }
    return words > 1 && facility;
  }

  /** The span as a site in the article's town: near it, precision 2, low confidence. */
  private ResolvedPlace local(TokenizedText text, Units u, int[] sp, Place loc) {
    int first = -1;
    int end = -1;
    for (int x = 0; x < u.size; x++) {
      Token t = text.tokens().get(u.tok[x]);
      if (t.start() >= sp[0] && t.start() < sp[1]) {
        first = first < 0 ? u.tok[x] : first;
        end = u.tok[x] + 1;
      }
    }
    if (first < 0) {
      return null;
    }
    int start = text.startOf(first);
    int stop = text.endOf(end);
    return new ResolvedPlace(
        first,
        end,
        start,
        stop,
        text.text().original().substring(start, stop),
        loc,
        loc.lat(),
        loc.lon(),
        Math.max(2, ArticleGeocoder.basePrecision(loc)),
        "relative",
        "near",
        List.of(),
        LOCAL_CONFIDENCE);
  }
}
