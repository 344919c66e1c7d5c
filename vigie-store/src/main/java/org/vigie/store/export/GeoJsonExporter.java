package org.vigie.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Json;
import org.vigie.model.Location;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.StoredEvent;

/** A GeoJSON FeatureCollection: one Point feature per event (null geometry when unplaced). */
public final class GeoJsonExporter implements EventExporter {

  @Override
  public long export(EventStore store, EventQuery query, Writer out) throws IOException {
    AtomicLong n = new AtomicLong();
    try (JsonGenerator g =
        Json.mapper()
            .getFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      store.stream(
          query,
          e -> {
            try {
              g.writeTree(feature(e));
              n.incrementAndGet();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n.get();
  }

  static ObjectNode feature(StoredEvent se) {
    Event e = se.event();
    ObjectNode f = Json.mapper().createObjectNode();
    f.put("type", "Feature");
    f.put("id", e.id());
    Location l = e.location();
    if (l != null && l.lat() != null && l.lon() != null) {
      ObjectNode geo = f.putObject("geometry");
      geo.put("type", "Point");
      ArrayNode c = geo.putArray("coordinates");
      c.add(l.lon());
      c.add(l.lat());
    } else {
      f.putNull("geometry");
    }
    ObjectNode p = f.putObject("properties");
    p.put("id", e.id());
    p.put("date", e.date() == null ? null : e.date().start());
    p.put("dateEnd", e.date() == null ? null : e.date().end());
    p.put("type", e.type());
    p.put("mode", e.mode());
    p.put("scope", e.scope());
    p.put("place", l == null ? null : l.name());
    p.put("country", l == null ? null : l.country());
    p.put("admin1", l == null ? null : l.admin1());
    p.put("precision", l == null ? null : l.precision());
    p.put("status", e.attribution() == null ? null : e.attribution().status());
    if (e.casualties() != null && e.casualties().killed() != null) {
      p.put("killed", e.casualties().killed().value());
    } else {
      p.putNull("killed");
    }
    if (e.casualties() != null && e.casualties().injured() != null) {
      p.put("injured", e.casualties().injured().value());
    } else {
      p.putNull("injured");
    }
    ArrayNode actors = p.putArray("actors");
    for (EventActor a : e.actors() == null ? java.util.List.<EventActor>of() : e.actors()) {
      actors.add(a.name());
    }
    ArrayNode ids = p.putArray("articleIds");
    se.articleIds().forEach(ids::add);
    p.put("sources", se.sources().size());
    p.put("review", se.review());
    return f;
  }
}
