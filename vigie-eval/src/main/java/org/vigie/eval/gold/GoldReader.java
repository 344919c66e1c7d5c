package org.vigie.eval.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Json;

/**
 * Reads gold files of the unified JSONL format ({@code shared/eval/README.md}). A bad line is
 * reported with its number and skipped, as the extractor does with its corpora, so one broken
 * record does not hide the scores of the rest.
 */
public final class GoldReader {

  private GoldReader() {}

  public static GoldFile read(Path path) throws IOException {
    return read(path, Integer.MAX_VALUE);
  }

  /** Reads at most {@code limit} good records (the first ones of the file). */
  public static GoldFile read(Path path, int limit) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null && articles.size() < limit) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          articles.add(parseArticle(Json.mapper().readTree(line), number));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
          problems.add(path.getFileName() + ":" + number + ": skipped: " + e.getMessage());
        }
      }
    }
    return new GoldFile(path, articles, problems);
  }

  /** Parses one record; throws IllegalArgumentException when a required key is missing. */
  public static GoldArticle parseArticle(JsonNode n, int line) {
    String id = text(n, "id");
    if (id == null) {
      throw new IllegalArgumentException("record without id");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : array(n, "events")) {
      events.add(parseEvent(e));
    }
    List<GoldEvent> others = new ArrayList<>();
    for (JsonNode e : array(n, "other_events")) {
      others.add(parseEvent(e));
    }
    List<GoldLink> links = new ArrayList<>();
    for (JsonNode l : array(n, "same_event_as")) {
      links.add(
          new GoldLink(l.path("event").asInt(), text(l, "item"), l.path("item_event").asInt()));
    }
    List<GoldPlace> places = new ArrayList<>();
    for (JsonNode p : array(n, "places")) {
      places.add(
          new GoldPlace(
              text(p, "name"),
              integer(p, "start"),
              integer(p, "end"),
              text(p, "toponym_type"),
              text(p, "normalised_name"),
              number(p, "lat"),
              number(p, "lon"),
              number(p, "tol_km")));
    }
    return new GoldArticle(
        line,
        id,
        text(n, "set"),
        text(n, "lang"),
        text(n, "published"),
        text(n, "text"),
        text(n, "url"),
        text(n, "outlet"),
        integer(n, "text_length"),
        text(n, "text_sha256_ws"),
        text(n, "query"),
        events,
        others,
        integers(n, "not_event_tolls"),
        links,
        places,
        n.has("events"));
  }

  public static GoldEvent parseEvent(JsonNode e) {
    List<LocalDate> dates = null;
    if (e.hasNonNull("date")) {
      dates = new ArrayList<>();
      JsonNode d = e.get("date");
      if (d.isArray()) {
        for (JsonNode day : d) {
          dates.add(LocalDate.parse(day.asText()));
        }
      } else {
        dates.add(LocalDate.parse(d.asText()));
      }
    }
    return GoldEvent.builder()
        .type(text(e, "type"))
        .typeAccept(strings(e, "type_accept"))
        .mode(text(e, "mode"))
        .modeAccept(strings(e, "mode_accept"))
        .actor1(text(e, "actor1"))
        .actor1Alt(strings(e, "actor1_alt"))
        .actor2(text(e, "actor2"))
        .actor2Alt(strings(e, "actor2_alt"))
        .twoSided(e.path("two_sided").asBoolean(false))
        .optional(e.path("optional").asBoolean(false))
        .dates(dates)
        .place(text(e, "place"))
        .placeAlt(strings(e, "place_alt"))
        .country(text(e, "country"))
        .countryAccept(strings(e, "country_accept"))
        .lat(number(e, "lat"))
        .lon(number(e, "lon"))
        .tolKm(number(e, "tol_km"))
        .killed(intValue(e, "killed"))
        .killedAccept(integers(e, "killed_accept"))
        .injured(intValue(e, "injured"))
        .injuredAccept(integers(e, "injured_accept"))
        .claimed(boolValue(e, "claimed"))
        .scope(text(e, "scope"))
        .conflict(e.hasNonNull("conflict") ? e.get("conflict").asBoolean() : null)
        .build();
  }

  private static GoldValue<Integer> intValue(JsonNode n, String key) {
    if (!n.has(key)) {
      return GoldValue.absent();
    }
    JsonNode v = n.get(key);
    return GoldValue.of(v.isNull() ? null : v.asInt());
  }

  private static GoldValue<Boolean> boolValue(JsonNode n, String key) {
    if (!n.has(key)) {
      return GoldValue.absent();
    }
    JsonNode v = n.get(key);
    return GoldValue.of(v.isNull() ? null : v.asBoolean());
  }

  private static Iterable<JsonNode> array(JsonNode n, String key) {
    JsonNode a = n.get(key);
    return a != null && a.isArray() ? a : List.of();
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static Double number(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static List<String> strings(JsonNode n, String key) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(key);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else if (v != null && v.isTextual()) {
      out.add(v.asText());
    }
    return out;
  }

  private static List<Integer> integers(JsonNode n, String key) {
    List<Integer> out = new ArrayList<>();
    JsonNode v = n.get(key);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asInt()));
    }
    return out;
  }
}
