package org.vigie.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.model.Json;
import org.vigie.store.EventSource;
import org.vigie.store.StoredEvent;

/** The JSON of a stored event: the contract event, plus articleIds, sources and review state. */
public final class StoredEventJson {
  private StoredEventJson() {}

  public static ObjectNode tree(StoredEvent e) {
    ObjectNode o = Json.mapper().valueToTree(e.event());
    ArrayNode ids = o.putArray("articleIds");
    e.articleIds().forEach(ids::add);
    ArrayNode sources = o.putArray("sources");
    for (EventSource s : e.sources()) {
      ObjectNode so = sources.addObject();
      so.put("articleId", s.articleId());
      so.put("outlet", s.outlet());
      so.put("url", s.url());
      so.put("published", s.published() == null ? null : s.published().toString());
      so.put("language", s.language());
    }
    o.put("review", e.review());
    ArrayNode locked = o.putArray("lockedFields");
    e.lockedFields().forEach(locked::add);
    return o;
  }
}
