package org.vigie.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.model.Json;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;

/** JSON (one array) or JSONL (one event a line) in the contract shape plus sources. */
public final class JsonExporter implements EventExporter {
  private final boolean lines;

  public JsonExporter(boolean lines) {
    this.lines = lines;
  }

  @Override
  public long export(EventStore store, EventQuery query, Writer out) throws IOException {
    AtomicLong n = new AtomicLong();
    try (JsonGenerator g =
        Json.mapper()
            .getFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      if (!lines) {
        g.writeStartArray();
      }
      store.stream(
          query,
          e -> {
            try {
              g.writeTree(StoredEventJson.tree(e));
              if (lines) {
                g.writeRaw('\n');
              }
              n.incrementAndGet();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
      if (!lines) {
        g.writeEndArray();
        g.writeRaw('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n.get();
  }
}
