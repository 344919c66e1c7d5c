package org.vigie.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;

/**
 * Writes the events matching a query in one format, as it reads them: memory stays constant
 * whatever the number of events.
 */
public interface EventExporter {

  /** Returns the number of events written. */
  long export(EventStore store, EventQuery query, Writer out) throws IOException;

  static EventExporter forFormat(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> new JsonExporter(false);
      case "jsonl" -> new JsonExporter(true);
      case "csv" -> new AcledCsvExporter();
      case "geojson" -> new GeoJsonExporter();
      default ->
          throw new IllegalArgumentException(
              "unknown format " + format + " (json, jsonl, csv, geojson)");
    };
  }
}
