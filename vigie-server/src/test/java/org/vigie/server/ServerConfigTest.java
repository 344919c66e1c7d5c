package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.EventStore;

/** Token and read protection, and what happens without a token or without an extractor. */
class ServerConfigTest {

  @Test
  void withoutATokenWritesAreRefusedAndSaySo(@TempDir Path dir) {
    try (EventStore store = EventStore.open(dir);
        VigieServer server =
            new VigieServer(store, ServerConfig.forTests(null), () -> TestArticles.EXTRACTOR)
                .start()) {
      ApiClient api = new ApiClient(server.port());
      ApiClient.Response r = api.post("/api/articles", "{\"text\":\"x\"}", "anything");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("error").asText()).contains("VIGIE_TOKEN");
      assertThat(api.get("/api/health").json().get("writes").asText()).isEqualTo("disabled");
    }
  }

  @Test
  void protectedReadsNeedTheTokenButHealthStaysOpen(@TempDir Path dir) {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, "secret-token", true, null);
    try (EventStore store = EventStore.open(dir);
        VigieServer server = new VigieServer(store, config, () -> TestArticles.EXTRACTOR).start()) {
      ApiClient api = new ApiClient(server.port());
      assertThat(api.get("/api/events").status()).isEqualTo(401);
      assertThat(api.get("/api/events", "secret-token").status()).isEqualTo(200);
      assertThat(api.get("/api/health").status()).isEqualTo(200);
    }
  }

  @Test
  void missingPipelineAnswers503(@TempDir Path dir) {
    try (EventStore store = EventStore.open(dir);
        VigieServer server =
            new VigieServer(
                    store,
                    ServerConfig.forTests("t"),
                    () -> {
                      throw new UnsupportedOperationException("the pipeline is being assembled");
                    })
                .start()) {
      ApiClient.Response r =
          new ApiClient(server.port()).post("/api/articles", "{\"text\":\"x\"}", "t");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.json().get("error").asText()).contains("being assembled");
    }
  }

  @Test
  void blankTokenMeansNoToken() {
    assertThat(new ServerConfig(null, 0, " ", false, null).writesEnabled()).isFalse();
    assertThatThrownBy(() -> new ServerConfig(null, 70000, null, false, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
