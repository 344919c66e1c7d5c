package org.vigie.spark;

import java.time.LocalDate;
import java.util.List;
import org.vigie.model.Event;
import org.vigie.model.Json;
import org.vigie.store.EventSource;
import org.vigie.store.StoredEvent;
import org.vigie.store.export.StoredEventJson;

/**
 * One exported event as a JSON line, written by the store's own {@link StoredEventJson}: the
 * contract event plus {@code articleIds}, {@code sources}, {@code review} and {@code lockedFields},
 * exactly what {@code vigie export --format jsonl} writes for a store nobody has reviewed.
 */
final class EventLines {
  private EventLines() {}

  /** One report of the event: the article and where it comes from. */
  record Source(String articleId, String outlet, String url, String published, String language) {}

  static String line(Event event, List<String> articleIds, List<Source> sources) {
    List<EventSource> es =
        sources.stream()
            .map(
                s ->
                    new EventSource(
                        s.articleId(),
                        s.outlet(),
                        s.url(),
                        s.published() == null ? null : LocalDate.parse(s.published()),
                        s.language()))
            .toList();
    return Json.write(
        StoredEventJson.tree(new StoredEvent(event, articleIds, es, "machine", List.of())));
  }
}
