package org.vigie.store.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.export.EventExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie export --format json|jsonl|csv|geojson [--since D] [--country XX] [--type T]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes the stored events as JSON, JSONL, ACLED-style CSV or GeoJSON, streaming.")
public final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "jsonl", description = "json, jsonl, csv, geojson")
  String format;

  @Option(names = "--since", description = "events on or after this day (YYYY-MM-DD)")
  LocalDate since;

  @Option(names = "--until", description = "events on or before this day (YYYY-MM-DD)")
  LocalDate until;

  @Option(names = "--country", description = "ISO 3166-1 alpha-2 code")
  String country;

  @Option(names = "--type", description = "event type, e.g. ASSAULT")
  String type;

  @Option(
      names = "--scope",
      defaultValue = "discrete",
      description =
          "discrete (default: the events an ACLED-style table counts), aggregate, background,"
              + " or all")
  String scope;

  @Option(names = "--include-rejected", description = "also events a reviewer rejected")
  boolean includeRejected;

  @Option(
      names = "--store",
      defaultValue = EventStore.DEFAULT_LOCATION,
      description = "store directory or jdbc:postgresql:// URL (default: ${DEFAULT-VALUE})")
  String store;

  @Option(names = "--out", description = "output file (default: standard output)")
  Path out;

  @Override
  public Integer call() throws IOException {
    EventExporter exporter = EventExporter.forFormat(format);
    EventQuery q =
        EventQuery.builder()
            .from(since)
            .to(until)
            .country(country)
            .type(type)
            .scope("all".equalsIgnoreCase(scope) ? null : scope)
            .includeRejected(includeRejected)
            .sort(EventQuery.Sort.DATE_ASC)
            .build();
    try (EventStore s = EventStore.open(store);
        Writer w =
            out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long n = exporter.export(s, q, w);
      System.err.println(n + " events");
    }
    return 0;
  }
}
