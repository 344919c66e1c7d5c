package org.vigie.eval.gold;

import java.util.List;

/**
 * One line of a gold file: the article (text may be null when it is not stored, as in news-dev),
 * its gold events and the keys the scorer needs. {@code published} is an ISO day or null.
 */
public record GoldArticle(
    int line,
    String id,
    String set,
    String lang,
    String published,
    String text,
    String url,
    String outlet,
    Integer textLength,
    String textSha256Ws,
    String query,
    List<GoldEvent> events,
    List<GoldEvent> otherEvents,
    List<Integer> notEventTolls,
    List<GoldLink> sameEventAs,
    List<GoldPlace> places,
    boolean hasEvents) {

  public GoldArticle {
    events = List.copyOf(events);
    otherEvents = List.copyOf(otherEvents);
    notEventTolls = List.copyOf(notEventTolls);
    sameEventAs = List.copyOf(sameEventAs);
    places = List.copyOf(places);
  }

  /** A place-only record (GeoWebNews): toponyms and no {@code events} key. */
  public boolean placeOnly() {
    return !hasEvents && !places.isEmpty();
  }

  public GoldArticle withText(String newText) {
    return new GoldArticle(
        line,
        id,
        set,
        lang,
        published,
        newText,
        url,
        outlet,
        textLength,
        textSha256Ws,
        query,
        events,
        otherEvents,
        notEventTolls,
        sameEventAs,
        places,
        hasEvents);
  }

  /** A minimal article with events, for hand-made gold. */
  public static GoldArticle of(String id, String lang, List<GoldEvent> events) {
    return new GoldArticle(
        0, id, "test", lang, null, "", null, null, null, null, null, events, List.of(), List.of(),
        List.of(), List.of(), true);
  }

  public GoldArticle withTolls(List<Integer> tolls) {
    return new GoldArticle(
        line,
        id,
        set,
        lang,
        published,
        text,
        url,
        outlet,
        textLength,
        textSha256Ws,
        query,
        events,
        otherEvents,
        tolls,
        sameEventAs,
        places,
        hasEvents);
  }

  public GoldArticle withLinks(List<GoldLink> links) {
    return new GoldArticle(
        line,
        id,
        set,
        lang,
        published,
        text,
        url,
        outlet,
        textLength,
        textSha256Ws,
        query,
        events,
        otherEvents,
        notEventTolls,
        links,
        places,
        hasEvents);
  }
}
