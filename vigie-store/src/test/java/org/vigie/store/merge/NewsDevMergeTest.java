package org.vigie.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigie.model.Acled;
import org.vigie.model.Attribution;
import org.vigie.model.Casualties;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.EventDate;
import org.vigie.model.Json;
import org.vigie.model.Location;
import org.vigie.store.merge.PairwiseMergeScore.GoldRef;
import org.vigie.store.merge.PairwiseMergeScore.Matched;

/**
 * The merge alone on news-dev: mentions built from the gold events themselves (perfect extraction,
 * an upper bound for the full pipeline), clustered, and scored against {@code same_event_as}
 * (SCORING.md §6). Reads {@code ${vigie.shared}/eval/news-dev.jsonl}; skipped when absent. Nothing
 * of the gold file is copied into the project.
 */
class NewsDevMergeTest {

  @Test
  void pairwiseMergePrecisionAndRecallOnGoldMentions() throws Exception {
    String shared = System.getProperty("vigie.shared");
    Path gold = shared == null ? null : Path.of(shared, "eval", "news-dev.jsonl");
    Assumptions.assumeTrue(gold != null && Files.exists(gold), "news-dev.jsonl not available");
    List<Mention> mentions = new ArrayList<>();
    Map<String, GoldRef> refOf = new HashMap<>();
    List<GoldRef[]> links = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode item = Json.mapper().readTree(line);
      String id = item.get("id").asText();
      LocalDate published = LocalDate.parse(item.get("published").asText());
      JsonNode events = item.get("events");
      for (int i = 0; i < events.size(); i++) {
        String mid = "m-" + id + "-" + i;
        mentions.add(
            new Mention(
                mid,
                id,
                text(item, "outlet"),
                text(item, "lang"),
                published,
                event(events.get(i), published),
                null));
        refOf.put(mid, new GoldRef(id, i));
      }
      for (JsonNode l : item.path("same_event_as")) {
        links.add(
            new GoldRef[] {
              new GoldRef(id, l.get("event").asInt()),
              new GoldRef(l.get("item").asText(), l.get("item_event").asInt())
            });
      }
    }
    List<Matched> matched = new ArrayList<>();
    for (List<Mention> g : new MentionClusterer().cluster(mentions)) {
      String eid = EventFusion.eventId(g);
      for (Mention m : g) {
        matched.add(new Matched(refOf.get(m.id()), eid));
      }
    }
    PairwiseMergeScore.Result r = PairwiseMergeScore.score(links, matched);
    System.out.printf(
        Locale.ROOT,
        "news-dev merge on gold mentions: %d mentions, gold pairs %d, predicted pairs %d, TP %d,"
            + " P %.3f R %.3f F1 %.3f%n",
        mentions.size(),
        r.goldPairs(),
        r.predictedPairs(),
        r.truePositives(),
        r.precision(),
        r.recall(),
        r.f1());
    // floors recorded from the first measurement: raise them when the merge improves
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.75);
  }

  private static String text(JsonNode o, String f) {
    JsonNode v = o.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A contract event from a gold annotation; actor ids are slugs of the canonical names. */
  private static Event event(JsonNode g, LocalDate published) {
    List<EventActor> actors = new ArrayList<>();
    for (String role : List.of("actor1", "actor2")) {
      String name = text(g, role);
      if (name != null) {
        String clean = name.replace("(probable)", "").strip();
        actors.add(
            new EventActor(role, slug(clean), clean, null, null, List.of(), true, List.of()));
      }
    }
    JsonNode dates = g.get("date");
    EventDate date = null;
    if (dates != null && dates.isArray() && dates.size() > 0) {
      date =
          new EventDate(
              dates.get(0).asText(),
              dates.get(dates.size() - 1).asText(),
              dates.size() == 1 ? "day" : "range",
              "explicit",
              null,
              List.of());
    }
    Double lat = g.hasNonNull("lat") ? g.get("lat").asDouble() : null;
    Double lon = g.hasNonNull("lon") ? g.get("lon").asDouble() : null;
    Location loc =
        new Location(
            text(g, "place"),
            null,
            lat,
            lon,
            text(g, "country"),
            null,
            null,
            null,
            lat == null ? 3 : 1,
            "named",
            null,
            List.of(),
            List.of());
    Count killed =
        g.hasNonNull("killed")
            ? new Count(
                g.get("killed").asInt(),
                g.get("killed").asInt(),
                g.get("killed").asInt(),
                "exact",
                List.of())
            : null;
    String claimedBy = text(g, "claimed_by");
    Attribution att =
        new Attribution(
            null,
            claimedBy == null ? null : new org.vigie.model.ActorRef(slug(claimedBy), claimedBy),
            null,
            claimedBy == null ? "report" : "claim",
            claimedBy == null ? "reported" : "claimed",
            List.of());
    return new Event(
        "g",
        Event.DISCRETE,
        text(g, "type"),
        text(g, "mode"),
        new Acled(null, null),
        actors,
        loc,
        date,
        new Casualties(killed, null, null, null, null),
        null,
        att,
        "hit",
        null,
        0.9,
        "gold",
        List.of(),
        List.of(),
        List.of());
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
  }
}
