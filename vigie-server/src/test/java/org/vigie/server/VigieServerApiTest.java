package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.EventStore;

/** The API over a real embedded store, through HTTP on loopback, as a client would use it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VigieServerApiTest {
  private static final String TOKEN = "test-token-0123456789";

  private EventStore store;
  private VigieServer server;
  private ApiClient api;

  @BeforeAll
  void start(@TempDir Path dir) {
    store = EventStore.open(dir.resolve("store"));
    TestArticles.load(store);
    server =
        new VigieServer(store, ServerConfig.forTests(TOKEN), () -> TestArticles.EXTRACTOR).start();
    api = new ApiClient(server.port());
  }

  @AfterAll
  void stop() {
    server.stop();
    store.close();
  }

  private List<JsonNode> items(String query) {
    ApiClient.Response r = api.get("/api/events" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    r.json().get("items").forEach(out::add);
    return out;
  }

  private String firstId(String query) {
    return items(query).get(0).get("id").asText();
  }

  @Test
  void healthSaysWhatTheStoreHoldsAndThatWritesNeedTheToken() {
    ApiClient.Response r = api.get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode h = r.json();
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.at("/store/events").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(h.get("writes").asText()).isEqualTo("token");
  }

  @Test
  void listsNewestFirstAsCompactSummaries() {
    List<JsonNode> all = items("");
    assertThat(all).hasSizeGreaterThanOrEqualTo(4);
    List<String> dates = all.stream().map(e -> e.get("dateStart").asText()).toList();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    JsonNode sumy =
        all.stream().filter(e -> "Sumy".equals(e.get("place").asText())).findFirst().get();
    assertThat(sumy.get("killed").asInt()).isEqualTo(34);
    assertThat(sumy.get("languages").toString()).contains("ar");
    assertThat(sumy.has("evidence")).isFalse();
  }

  @Test
  void filtersCombine() {
    assertThat(items("?country=ml")).extracting(e -> e.get("country").asText()).containsOnly("ML");
    assertThat(items("?country=UA&type=protest&includeRejected=true"))
        .extracting(e -> e.get("place").asText())
        .containsExactly("Kyiv");
    assertThat(items("?from=2025-01-01&to=2025-04-15"))
        .extracting(e -> e.get("place").asText())
        .containsExactly("Sumy");
    // bbox around northern Mali, in minLon,minLat,maxLon,maxLat
    assertThat(items("?bbox=0,15,5,22"))
        .extracting(e -> e.get("country").asText())
        .containsOnly("ML");
    assertThat(items("?actor=jnim"))
        .extracting(e -> e.get("place").asText())
        .containsExactly("Kidal");
    assertThat(items("?mode=missile"))
        .extracting(e -> e.get("place").asText())
        .containsExactly("Sumy");
    assertThat(items("?status=claimed"))
        .extracting(e -> e.get("place").asText())
        .containsExactlyInAnyOrder("Kidal", "Tinzaouatène");
    assertThat(items("?q=" + ApiClient.enc("tinzaouatène"))).hasSize(1);
    assertThat(items("?country=FR")).isEmpty();
  }

  @Test
  void cursorPagesCoverEveryEventOnce() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiClient.Response r =
          api.get(
              "/api/events?limit=1&sort=date_asc" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode page = r.json();
      page.get("items").forEach(e -> seen.add(e.get("id").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null && pages < 20);
    assertThat(seen).doesNotHaveDuplicates().hasSize(items("?limit=1000").size());
  }

  @Test
  void malformedParametersGet400WithAMessage() {
    for (String q :
        List.of(
            "from=yesterday",
            "from=2025-02-01&to=2025-01-01",
            "bbox=1,2,3",
            "bbox=0,95,5,96",
            "limit=0",
            "limit=abc",
            "limit=5000",
            "sort=random",
            "country=France",
            "contry=ML",
            "cursor=%27%3B+DROP+TABLE+events",
            "country=ML&country=UA")) {
      ApiClient.Response r = api.get("/api/events?" + q);
      assertThat(r.status()).as(q).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(q).isNotBlank();
    }
    assertThat(api.get("/api/aggregate").status()).isEqualTo(400);
    assertThat(api.get("/api/aggregate?by=month").status()).isEqualTo(400);
    assertThat(api.get("/api/aggregate?by=cell&cell=0").status()).isEqualTo(400);
  }

  @Test
  void textSearchIsNotSql() {
    // quotes and LIKE wildcards are plain characters to the search
    assertThat(items("?q=" + ApiClient.enc("' OR 1=1 --"))).isEmpty();
    assertThat(items("?q=%25")).isEmpty();
    assertThat(items("?actor=" + ApiClient.enc("x' OR 'a'='a"))).isEmpty();
  }

  @Test
  void oneEventCarriesItsArticlesMentionsAndEvidence() {
    String id = firstId("?country=UA&mode=missile");
    ApiClient.Response r = api.get("/api/events/" + id);
    assertThat(r.status()).isEqualTo(200);
    JsonNode d = r.json();
    assertThat(d.at("/event/event/id").asText()).isEqualTo(id);
    JsonNode article = d.get("articles").get(0);
    assertThat(article.get("language").asText()).isEqualTo("ar");
    String text = article.get("text").asText();
    JsonNode mention = d.get("mentions").get(0);
    assertThat(mention.get("articleId").asText()).isEqualTo(article.get("id").asText());
    JsonNode span = mention.at("/event/evidence/0");
    assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
        .isEqualTo(span.get("text").asText());
    assertThat(d.at("/event/sources/0/published").asText()).isEqualTo("2025-04-14");
  }

  @Test
  void unknownEventIs404AndBadIdIs400() {
    assertThat(api.get("/api/events/no-such-event").status()).isEqualTo(404);
    assertThat(api.get("/api/events/" + ApiClient.enc("<b>")).status()).isEqualTo(400);
    assertThat(api.get("/api/nothing-here").status()).isEqualTo(404);
    assertThat(api.get("/api/nothing-here").json().get("error").asText()).contains("no such");
  }

  @Test
  void aggregatesForTimelineMapAndActors() {
    JsonNode days = api.get("/api/aggregate?by=day").json();
    assertThat(days.get("total").asLong()).isEqualTo(items("?limit=1000").size());
    assertThat(days.get("buckets").get(0).get("key").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    JsonNode weeks = api.get("/api/aggregate?by=week&country=ML").json();
    assertThat(weeks.get("total").asLong()).isEqualTo(items("?country=ML").size());
    JsonNode cells = api.get("/api/aggregate?by=cell&cell=5").json();
    assertThat(cells.get("cell").asDouble()).isEqualTo(5.0);
    JsonNode cell = cells.get("buckets").get(0);
    assertThat(cell.get("lat").isNumber()).isTrue();
    JsonNode actors = api.get("/api/aggregate?by=actor&country=ML").json();
    List<String> keys = new ArrayList<>();
    actors.get("buckets").forEach(b -> keys.add(b.get("key").asText()));
    assertThat(keys).contains("mali-army", "jnim");
    assertThat(api.get("/api/aggregate?by=type").json().get("buckets").toString())
        .contains("PROTEST");
  }

  @Test
  void writesWithoutTheTokenGet401() {
    String id = firstId("");
    ApiClient.Response r =
        api.post(
            "/api/events/" + id + "/review", "{\"action\":\"accept\",\"reviewer\":\"x\"}", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("error").asText()).contains("Authorization");
    assertThat(
            api.post(
                    "/api/events/" + id + "/review",
                    "{\"action\":\"accept\",\"reviewer\":\"x\"}",
                    "wrong")
                .status())
        .isEqualTo(401);
    assertThat(api.post("/api/articles", "{\"text\":\"x\"}", null).status()).isEqualTo(401);
  }

  @Test
  void reviewActionsLeaveAnAuditTrail() {
    String kidal = firstId("?actor=jnim");
    ApiClient.Response accept =
        api.post(
            "/api/events/" + kidal + "/review",
            "{\"action\":\"accept\",\"reviewer\":\"amina\",\"reason\":\"checked\"}",
            TOKEN);
    assertThat(accept.status()).as(accept.body()).isEqualTo(200);
    ApiClient.Response correct =
        api.post(
            "/api/events/" + kidal + "/review",
            "{\"action\":\"correct\",\"reviewer\":\"amina\",\"field\":\"casualties/killed\","
                + "\"value\":{\"value\":4,\"min\":4,\"max\":4,\"qualifier\":\"exact\",\"reports\":[]}}",
            TOKEN);
    assertThat(correct.status()).as(correct.body()).isEqualTo(200);
    assertThat(items("?actor=jnim").get(0).get("killed").asInt()).isEqualTo(4);

    JsonNode trail = api.get("/api/events/" + kidal + "/reviews").json().get("reviews");
    List<String> actions = new ArrayList<>();
    trail.forEach(t -> actions.add(t.get("action").asText()));
    assertThat(actions).containsExactly("accept", "correct");
    assertThat(trail.get(0).get("reviewer").asText()).isEqualTo("amina");
    assertThat(trail.get(0).get("at").asText()).contains("T");
  }

  @Test
  void rejectHidesTheEventFromListings() {
    String kyiv = firstId("?type=PROTEST");
    ApiClient.Response r =
        api.post(
            "/api/events/" + kyiv + "/review",
            "{\"action\":\"reject\",\"reviewer\":\"amina\",\"reason\":\"not an event\"}",
            TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(items("?type=PROTEST")).isEmpty();
    assertThat(items("?type=PROTEST&includeRejected=true")).hasSize(1);
  }

  @Test
  void badReviewsGet4xx() {
    String id = firstId("");
    for (String body :
        List.of(
            "not json",
            "[]",
            "{\"action\":\"accept\"}",
            "{\"action\":\"bless\",\"reviewer\":\"x\"}",
            "{\"action\":\"correct\",\"reviewer\":\"x\",\"field\":\"type\"}",
            "{\"action\":\"correct\",\"reviewer\":\"x\",\"field\":\"@review\",\"value\":1}",
            "{\"action\":\"merge\",\"reviewer\":\"x\",\"otherEventId\":\"" + id + "\"}",
            "{\"action\":\"split\",\"reviewer\":\"x\",\"mentionId\":\"nope\"}")) {
      ApiClient.Response r = api.post("/api/events/" + id + "/review", body, TOKEN);
      assertThat(r.status()).as(body + " -> " + r.body()).isEqualTo(400);
    }
    assertThat(
            api.post("/api/events/nope/review", "{\"action\":\"accept\",\"reviewer\":\"x\"}", TOKEN)
                .status())
        .isEqualTo(404);
  }

  @Test
  void postedArticleIsExtractedStoredAndIdempotent() {
    String body =
        "{\"text\":\"Attaque à Gao. {{ev type=ASSAULT; mode=explosives; date=2024-09-02;"
            + " place=Gao; lat=16.27; lon=-0.04; cc=ML; a1=isgs; a1n=EIGS; killed=5}}\","
            + "\"published\":\"2024-09-03\",\"lang\":\"fr\",\"outlet\":\"Studio Tamani\"}";
    ApiClient.Response first = api.post("/api/articles", body, TOKEN);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().at("/result/events/0/type").asText()).isEqualTo("ASSAULT");
    assertThat(items("?q=gao")).hasSize(1);
    ApiClient.Response again = api.post("/api/articles", body, TOKEN);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    assertThat(items("?q=gao")).hasSize(1);
  }

  @Test
  void oversizedBodiesGet413() {
    String big = "{\"text\":\"" + "x".repeat(1_100_000) + "\"}";
    ApiClient.Response r = api.post("/api/articles", big, TOKEN);
    assertThat(r.status()).isEqualTo(413);
  }

  @Test
  void badArticlesGet400() {
    for (String body :
        List.of(
            "{}",
            "{\"text\":\"  \"}",
            "{\"text\":42}",
            "{\"text\":\"x\",\"published\":\"03/09/2024\"}",
            "{\"text\":\"x\",\"lang\":\"french\"}",
            "{\"text\":\"x\",\"url\":\"javascript:alert(1)\"}")) {
      assertThat(api.post("/api/articles", body, TOKEN).status()).as(body).isEqualTo(400);
    }
  }

  @Test
  void openApiDescribesEveryEndpoint() {
    ApiClient.Response r = api.get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    Iterator<String> it = doc.get("paths").fieldNames();
    it.forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/api/health",
            "/api/events",
            "/api/events/{id}",
            "/api/events/{id}/review",
            "/api/events/{id}/reviews",
            "/api/aggregate",
            "/api/articles");
    List<String> listParams = new ArrayList<>();
    doc.at("/paths/~1api~1events/get/parameters")
        .forEach(p -> listParams.add(p.get("name").asText()));
    assertThat(listParams).containsExactlyInAnyOrderElementsOf(EventQueryParser.LIST_PARAMS);
  }

  @Test
  void thePageAndItsAssetsAreServedLocally() {
    ApiClient.Response page = api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("leaflet.js").doesNotContain("://unpkg").doesNotContain("cdn");
    assertThat(api.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
    assertThat(api.get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").status())
        .isEqualTo(200);
    assertThat(api.get("/data/countries-50m.json").status()).isEqualTo(200);
  }
}
