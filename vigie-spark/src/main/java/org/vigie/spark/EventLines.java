package org.vigie.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigie.model.Event;
import org.vigie.model.Json;

/**
 * One exported event as a JSON line: the contract event (its {@code id} the stable merged id) plus
 * {@code articleIds}, {@code sources}, {@code review} and {@code lockedFields}, i.e. a {@code
 * StoredEvent} flattened: what {@code vigie export --format jsonl} writes for a store nobody has
 * reviewed. (To be replaced by the store's own {@code StoredEventJson} once it is on this branch,
 * so that the shape cannot drift.)
 */
final class EventLines {
  private EventLines() {}

  /** One report of the event: the article and where it comes from. */
  record Source(String articleId, String outlet, String url, String published, String language) {}

  static String line(Event event, List<String> articleIds, List<Source> sources) {
    ObjectNode o = Json.mapper().valueToTree(event);
    ArrayNode ids = o.putArray("articleIds");
    articleIds.forEach(ids::add);
    ArrayNode src = o.putArray("sources");
    for (Source s : sources) {
      src.addPOJO(s);
    }
    o.put("review", "machine");
    o.putArray("lockedFields");
    return Json.write(o);
  }
}
