package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.EventStore;

/** Merge and split through the API, on a store of its own (they reshape events). */
class ReviewMergeSplitTest {
  private static final String TOKEN = "merge-split-token";

  @Test
  void mergeFoldsOneEventIntoAnotherAndSplitTakesAMentionBackOut(@TempDir Path dir) {
    try (EventStore store = EventStore.open(dir);
        VigieServer server =
            new VigieServer(store, ServerConfig.forTests(TOKEN), () -> TestArticles.EXTRACTOR)
                .start()) {
      TestArticles.load(store);
      ApiClient api = new ApiClient(server.port());
      String tinz = api.get("/api/events?q=tinza").json().at("/items/0/id").asText();
      String kidal = api.get("/api/events?actor=jnim").json().at("/items/0/id").asText();
      int before = api.get("/api/events?country=ML").json().get("items").size();

      ApiClient.Response merge =
          api.post(
              "/api/events/" + tinz + "/review",
              "{\"action\":\"merge\",\"reviewer\":\"lea\",\"otherEventId\":\""
                  + kidal
                  + "\",\"reason\":\"same attack\"}",
              TOKEN);
      assertThat(merge.status()).as(merge.body()).isEqualTo(200);
      assertThat(api.get("/api/events?country=ML").json().get("items").size())
          .isEqualTo(before - 1);
      // the folded id still answers, with the surviving event and both articles
      JsonNode merged = api.get("/api/events/" + kidal).json();
      assertThat(merged.at("/event/event/id").asText()).isEqualTo(tinz);
      assertThat(merged.get("articles").size()).isEqualTo(2);
      assertThat(merged.get("mentions").size()).isEqualTo(2);

      String kidalMention = null;
      for (JsonNode m : merged.get("mentions")) {
        if (m.get("articleId").asText().equals("en-ap-kidal")) {
          kidalMention = m.get("id").asText();
        }
      }
      ApiClient.Response split =
          api.post(
              "/api/events/" + tinz + "/review",
              "{\"action\":\"split\",\"reviewer\":\"lea\",\"mentionId\":\"" + kidalMention + "\"}",
              TOKEN);
      assertThat(split.status()).as(split.body()).isEqualTo(200);
      assertThat(api.get("/api/events?country=ML").json().get("items").size()).isEqualTo(before);

      JsonNode trail = api.get("/api/events/" + tinz + "/reviews").json().get("reviews");
      assertThat(trail.toString()).contains("merge").contains("split").contains("lea");
    }
  }
}
