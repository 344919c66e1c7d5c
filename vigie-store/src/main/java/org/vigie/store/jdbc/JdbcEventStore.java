package org.vigie.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.EventActor;
import org.vigie.model.Json;
import org.vigie.model.Location;
import org.vigie.store.Bucket;
import org.vigie.store.EventDetail;
import org.vigie.store.EventQuery;
import org.vigie.store.EventSource;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.GroupBy;
import org.vigie.store.Health;
import org.vigie.store.Page;
import org.vigie.store.ReviewAction;
import org.vigie.store.ReviewRecord;
import org.vigie.store.ReviewResult;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoredEvent;
import org.vigie.store.StoredMention;
import org.vigie.store.WriteMode;
import org.vigie.store.WriteResult;
import org.vigie.store.merge.BlockingKeys;
import org.vigie.store.merge.EventFusion;
import org.vigie.store.merge.Mention;
import org.vigie.store.merge.MentionClusterer;

/**
 * {@link EventStore} over JDBC, on DuckDB (embedded, the default) or PostgreSQL. Writes are
 * serialised on one lock (the ingest pipeline has one writer thread anyway), each {@link #write}
 * one transaction; reads take their own connection.
 */
public final class JdbcEventStore implements EventStore {
  private final ConnectionSource source;
  private final int schemaVersion;
  private final MentionClusterer clusterer = new MentionClusterer();
  private final Object writeLock = new Object();
  private long nextSeq;

  private JdbcEventStore(ConnectionSource source) throws SQLException {
    this.source = source;
    try (Connection c = source.get()) {
      schemaVersion = Migrations.migrate(c, source.dialect());
      SearchIndex.backfillIfPending(c, source.dialect());
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM articles")) {
        rs.next();
        nextSeq = rs.getLong(1) + 1;
      }
    }
  }

  public static EventStore open(String location) {
    ConnectionSource src = ConnectionSource.open(location);
    try {
      return new JdbcEventStore(src);
    } catch (SQLException | RuntimeException e) {
      src.close();
      throw new IllegalStateException("cannot open store " + location + ": " + e.getMessage(), e);
    }
  }

  public Dialect dialect() {
    return source.dialect();
  }

  // ======================================================================== ingest

  @Override
  public Set<String> knownArticles(Collection<String> sha256s) {
    try (Connection c = source.get()) {
      return known(c, sha256s);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static Set<String> known(Connection c, Collection<String> shas) throws SQLException {
    Set<String> out = new HashSet<>();
    for (List<String> chunk : Sql.chunks(new LinkedHashSet<>(shas))) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT sha256 FROM articles WHERE sha256 IN (" + Sql.marks(chunk.size()) + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
    }
    return out;
  }

  @Override
  public WriteResult write(List<ExtractedArticle> batch, WriteMode mode) {
    synchronized (writeLock) {
      try (Connection c = source.get()) {
        c.setAutoCommit(false);
        try {
          WriteResult r = writeTx(c, batch, mode);
          c.commit();
          return r;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException(e);
      }
    }
  }

  private WriteResult writeTx(Connection c, List<ExtractedArticle> batch, WriteMode mode)
      throws SQLException {
    Set<String> known = known(c, batch.stream().map(ExtractedArticle::sha256).toList());
    Set<String> seen = new HashSet<>();
    List<ExtractedArticle> fresh = new ArrayList<>();
    List<ExtractedArticle> redo = new ArrayList<>();
    int duplicates = 0;
    for (ExtractedArticle a : batch) {
      if (!seen.add(a.sha256())) {
        duplicates++;
      } else if (known.contains(a.sha256())) {
        if (mode == WriteMode.REEXTRACT) {
          redo.add(a);
        } else {
          duplicates++;
        }
      } else {
        fresh.add(a);
      }
    }
    Instant now = Instant.now();
    Map<String, String> articleIds = assignArticleIds(c, fresh);
    insertArticles(c, fresh, articleIds, now);
    List<Mention> newMentions = new ArrayList<>();
    List<String> acknowledged = new ArrayList<>();
    for (ExtractedArticle a : fresh) {
      newMentions.addAll(mentionsOf(a, articleIds.get(a.sha256())));
      acknowledged.add(articleIds.get(a.sha256()));
    }
    Map<String, String> shaById = new HashMap<>();
    fresh.forEach(a -> shaById.put(articleIds.get(a.sha256()), a.sha256()));
    insertMentions(c, newMentions, shaById);

    Set<String> extraEvents = new TreeSet<>();
    List<Mention> redoMentions = new ArrayList<>();
    for (ExtractedArticle a : redo) {
      String id = articleIdOf(c, a.sha256());
      acknowledged.add(id);
      List<Mention> ms = mentionsOf(a, id);
      extraEvents.addAll(replaceMentions(c, a.sha256(), ms));
      redoMentions.addAll(ms);
    }
    newMentions.addAll(redoMentions);
    insertBlocks(c, newMentions);
    upsertActorsAndPlaces(c, newMentions);

    Rewrite rw = rewriteAround(c, newMentions, extraEvents, now);
    int merged = 0;
    Set<String> newIds = new HashSet<>();
    newMentions.forEach(m -> newIds.add(m.id()));
    for (List<Mention> g : rw.groups) {
      long articles = g.stream().map(Mention::articleId).distinct().count();
      if (articles > 1) {
        merged += (int) g.stream().filter(m -> newIds.contains(m.id())).count();
      }
    }
    return new WriteResult(
        fresh.size() + redo.size(),
        duplicates,
        newMentions.size(),
        rw.created,
        merged,
        List.copyOf(acknowledged));
  }

  /** The input id when free, else one derived from the content hash. */
  private static Map<String, String> assignArticleIds(Connection c, List<ExtractedArticle> fresh)
      throws SQLException {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (ExtractedArticle a : fresh) {
      String id = a.article().id();
      wanted.put(a.sha256(), id == null || id.isBlank() ? "a-" + a.sha256().substring(0, 20) : id);
    }
    Set<String> taken = new HashSet<>();
    for (List<String> chunk : Sql.chunks(new LinkedHashSet<>(wanted.values()))) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id FROM articles WHERE id IN (" + Sql.marks(chunk.size()) + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            taken.add(rs.getString(1));
          }
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      String id = e.getValue();
      if (!taken.add(id)) {
        id = id + "~" + e.getKey().substring(0, 8); // another text under the same id
      }
      out.put(e.getKey(), id);
    }
    return out;
  }

  private void insertArticles(
      Connection c, List<ExtractedArticle> fresh, Map<String, String> ids, Instant now)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (ExtractedArticle ea : fresh) {
      Article a = ea.article();
      rows.add(
          new Object[] {
            nextSeq++,
            ids.get(ea.sha256()),
            ea.sha256(),
            Sql.Null.or(a.url(), Sql.Null.VARCHAR),
            Sql.Null.or(a.outlet(), Sql.Null.VARCHAR),
            Sql.Null.or(a.published(), Sql.Null.DATE),
            Sql.Null.or(language(ea), Sql.Null.VARCHAR),
            Sql.Null.or(a.title(), Sql.Null.VARCHAR),
            a.text(),
            now
          });
    }
    Sql.insertRows(c, "articles", 10, rows, "");
  }

  private static String language(ExtractedArticle ea) {
    if (ea.article().language() != null) {
      return ea.article().language();
    }
    return ea.result() != null && ea.result().article() != null
        ? ea.result().article().language()
        : null;
  }

  private static List<Mention> mentionsOf(ExtractedArticle a, String articleId) {
    List<Mention> out = new ArrayList<>();
    List<Event> events =
        a.result() == null || a.result().events() == null ? List.of() : a.result().events();
    LocalDate published = a.article().published();
    if (published == null && a.result() != null && a.result().article() != null) {
      published = EventFields.date(a.result().article().published());
    }
    for (int i = 0; i < events.size(); i++) {
      out.add(
          new Mention(
              Mention.idFor(a.sha256(), i),
              articleId,
              a.article().outlet(),
              language(a),
              published,
              events.get(i),
              null));
    }
    return out;
  }

  private static void insertMentions(Connection c, List<Mention> ms, Map<String, String> shaById)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Mention m : ms) {
      rows.add(
          new Object[] {
            m.id(),
            shaById.get(m.articleId()),
            m.articleId(),
            indexOf(m),
            Sql.Null.or(m.pin(), Sql.Null.VARCHAR),
            Sql.Null.or(m.event().type(), Sql.Null.VARCHAR),
            Sql.Null.or(m.event().scope(), Sql.Null.VARCHAR),
            Sql.Null.or(startOf(m.event()), Sql.Null.DATE),
            Json.write(m.event())
          });
    }
    Sql.insertRows(c, "mentions", 9, rows, "");
  }

  /** Re-extraction: machine fields of the article's mentions replaced; returns their events. */
  private Set<String> replaceMentions(Connection c, String sha, List<Mention> ms)
      throws SQLException {
    Map<String, String> pins = new HashMap<>();
    List<String> oldIds = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT id, pin FROM mentions WHERE article_sha = ?")) {
      p.setString(1, sha);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          oldIds.add(rs.getString(1));
          pins.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    Set<String> events = eventsOfMentions(c, oldIds);
    Set<String> keep = new HashSet<>();
    List<Mention> toInsert = new ArrayList<>();
    for (Mention m : ms) {
      if (pins.containsKey(m.id())) {
        keep.add(m.id());
        // update in place: DuckDB would refuse a delete and re-insert of the same key
        Sql.update(
            c,
            "UPDATE mentions SET type = ?, scope = ?, date_start = ?, event_json = ? WHERE id = ?",
            java.util.Arrays.asList(
                m.event().type(),
                m.event().scope(),
                startOf(m.event()),
                Json.write(m.event()),
                m.id()));
      } else {
        toInsert.add(m);
      }
    }
    Map<String, String> shaById = new HashMap<>();
    ms.forEach(m -> shaById.put(m.articleId(), sha));
    insertMentions(c, toInsert, shaById);
    List<String> gone = oldIds.stream().filter(id -> !keep.contains(id)).toList();
    deleteIn(c, "DELETE FROM mentions WHERE id IN (%s)", gone);
    deleteIn(c, "DELETE FROM event_sources WHERE mention_id IN (%s)", oldIds);
    deleteIn(c, "DELETE FROM mention_blocks WHERE mention_id IN (%s)", oldIds);
    return events;
  }

  private static String articleIdOf(Connection c, String sha) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE sha256 = ?")) {
      p.setString(1, sha);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static int indexOf(Mention m) {
    return Integer.parseInt(m.id().substring(m.id().lastIndexOf('-') + 1));
  }

  private static LocalDate startOf(Event e) {
    return e.date() == null ? null : EventFields.date(e.date().start());
  }

  private static void insertBlocks(Connection c, List<Mention> ms) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Mention m : ms) {
      for (String k : BlockingKeys.own(m)) {
        rows.add(new Object[] {k, m.id(), true});
      }
      for (String k : BlockingKeys.countryProbeTargets(m)) {
        rows.add(new Object[] {k, m.id(), false});
      }
    }
    Sql.insertRows(c, "mention_blocks", 3, rows, "");
  }

  private static void upsertActorsAndPlaces(Connection c, List<Mention> ms) throws SQLException {
    Map<String, EventActor> actors = new TreeMap<>();
    Map<String, Location> places = new TreeMap<>();
    for (Mention m : ms) {
      for (EventActor a : m.event().actors() == null ? List.<EventActor>of() : m.event().actors()) {
        if (a.id() != null) {
          actors.putIfAbsent(a.id(), a);
        }
      }
      Location l = m.event().location();
      if (l != null && l.gazetteerId() != null) {
        places.putIfAbsent(l.gazetteerId(), l);
      }
    }
    List<Object[]> actorRows = new ArrayList<>();
    for (EventActor a : actors.values()) {
      actorRows.add(
          new Object[] {
            a.id(),
            Sql.Null.or(a.name(), Sql.Null.VARCHAR),
            Sql.Null.or(a.type(), Sql.Null.VARCHAR),
            Sql.Null.or(a.country(), Sql.Null.VARCHAR)
          });
    }
    Sql.insertRows(c, "actors", 4, actorRows, " ON CONFLICT DO NOTHING");
    List<Object[]> placeRows = new ArrayList<>();
    for (Location l : places.values()) {
      placeRows.add(
          new Object[] {
            l.gazetteerId(),
            Sql.Null.or(l.name(), Sql.Null.VARCHAR),
            Sql.Null.or(l.country(), Sql.Null.VARCHAR),
            Sql.Null.or(l.admin1(), Sql.Null.VARCHAR),
            Sql.Null.or(l.lat(), Sql.Null.DOUBLE),
            Sql.Null.or(l.lon(), Sql.Null.DOUBLE)
          });
    }
    Sql.insertRows(c, "places", 6, placeRows, " ON CONFLICT DO NOTHING");
  }

  // ======================================================================== merge rewrite

  private record Rewrite(List<List<Mention>> groups, int created) {}

  /**
   * Re-clusters the neighbourhood of {@code seeds}: every mention blocking puts next to them, and
   * every mention of the events those belong to. The clusterer is deterministic over that set, so
   * the events written depend on which mentions exist, not on the order they came in.
   */
  private Rewrite rewriteAround(
      Connection c, List<Mention> seeds, Set<String> extraEvents, Instant now) throws SQLException {
    if (seeds.isEmpty() && extraEvents.isEmpty()) {
      return new Rewrite(List.of(), 0);
    }
    Set<String> candidates = new TreeSet<>();
    Set<String> probeOwn = new TreeSet<>();
    Set<String> probeCountry = new TreeSet<>();
    for (Mention m : seeds) {
      candidates.add(m.id());
      probeOwn.addAll(BlockingKeys.probe(m));
      if (BlockingKeys.countryLevel(m)) {
        probeCountry.addAll(BlockingKeys.own(m));
      }
    }
    candidates.addAll(blockHits(c, probeOwn, true));
    candidates.addAll(blockHits(c, probeCountry, false));
    Set<String> oldEvents = new TreeSet<>(extraEvents);
    oldEvents.addAll(eventsOfMentions(c, candidates));
    Set<String> all = new TreeSet<>(candidates);
    all.addAll(mentionsOfEvents(c, oldEvents));
    Map<String, Mention> byId = new LinkedHashMap<>();
    for (Mention m : loadMentions(c, all)) {
      byId.put(m.id(), m);
    }
    for (Mention m : seeds) {
      byId.putIfAbsent(m.id(), m);
    }
    return rewrite(c, new ArrayList<>(byId.values()), oldEvents, now, true);
  }

  private Set<String> blockHits(Connection c, Set<String> keys, boolean own) throws SQLException {
    Set<String> out = new TreeSet<>();
    // only the key in the WHERE clause: DuckDB considers the ART index on block_key only when
    // the filter is on indexed columns alone (with "AND own" it always scanned the table). It
    // still scans when a lookup matches more than 2048 rows, and rightly so: fetching rows by id
    // costs about 0.05 ms each, so past a few thousand rows a scan of the key column is faster
    Sql.selectIn(
        c,
        "SELECT mention_id, own FROM mention_blocks WHERE block_key IN (%s)",
        keys,
        rs -> {
          if (!own || rs.getBoolean(2)) {
            out.add(rs.getString(1));
          }
        });
    return out;
  }

  private static Set<String> eventsOfMentions(Connection c, Collection<String> mentionIds)
      throws SQLException {
    return column(
        c, "SELECT DISTINCT event_id FROM event_sources WHERE mention_id IN (%s)", mentionIds);
  }

  private static Set<String> mentionsOfEvents(Connection c, Collection<String> eventIds)
      throws SQLException {
    return column(c, "SELECT mention_id FROM event_sources WHERE event_id IN (%s)", eventIds);
  }

  private static Set<String> column(Connection c, String template, Collection<String> in)
      throws SQLException {
    Set<String> out = new TreeSet<>();
    Sql.selectIn(c, template, new TreeSet<>(in), rs -> out.add(rs.getString(1)));
    return out;
  }

  private static void deleteIn(Connection c, String template, Collection<String> in)
      throws SQLException {
    for (List<String> chunk : Sql.chunks(new TreeSet<>(in))) {
      Sql.update(c, String.format(Locale.ROOT, template, Sql.marks(chunk.size())), chunk);
    }
  }

  /**
   * The mentions with these ids and their articles' outlet, language and date: two lookups (short
   * lists through the indexes, long ones in one scan each, see {@link Sql#selectIn}). The join this
   * replaces scanned every article once per 500 mentions; DuckDB's fetch by index costs about 0.3
   * ms a row on a loaded machine, too much for a neighbourhood of thousands.
   */
  private static List<Mention> loadMentions(Connection c, Collection<String> ids)
      throws SQLException {
    record Row(String id, String articleId, String eventJson, String pin) {}
    List<Row> rows = new ArrayList<>();
    Sql.selectIn(
        c,
        "SELECT id, article_id, event_json, pin FROM mentions WHERE id IN (%s)",
        new TreeSet<>(ids),
        rs ->
            rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    rows.sort(java.util.Comparator.comparing(Row::id));
    Map<String, Object[]> articles = new HashMap<>();
    Sql.selectIn(
        c,
        "SELECT id, outlet, language, published FROM articles WHERE id IN (%s)",
        new TreeSet<>(rows.stream().map(Row::articleId).toList()),
        rs ->
            articles.put(
                rs.getString(1),
                new Object[] {rs.getString(2), rs.getString(3), localDate(rs, 4)}));
    List<Mention> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Object[] a = articles.get(r.articleId());
      if (a == null) {
        continue; // as the inner join did: a mention without its article is not loaded
      }
      out.add(
          new Mention(
              r.id(),
              r.articleId(),
              (String) a[0],
              (String) a[1],
              (LocalDate) a[2],
              Json.read(r.eventJson(), Event.class),
              r.pin()));
    }
    return out;
  }

  /**
   * Writes the events the clusterer makes of {@code set}. With {@code keepUnchanged}, an event
   * whose id and mentions are what is stored already is left as it is: fusion depends only on the
   * mentions (and on locks, which only a review changes, and a review refreshes with {@code
   * false}), so rewriting it would write the same row. Most of a batch's neighbourhood is such
   * events; deleting and re-inserting them made the tables, the indexes and every checkpoint grow.
   */
  private Rewrite rewrite(
      Connection c, List<Mention> set, Set<String> oldEvents, Instant now, boolean keepUnchanged)
      throws SQLException {
    List<List<Mention>> groups = clusterer.cluster(set);
    Map<String, String> oldEventOfMention = new HashMap<>();
    Sql.selectIn(
        c,
        "SELECT mention_id, event_id FROM event_sources WHERE mention_id IN (%s)",
        set.stream().map(Mention::id).toList(),
        rs -> oldEventOfMention.put(rs.getString(1), rs.getString(2)));
    Map<String, List<Mention>> byNewId = new LinkedHashMap<>();
    for (List<Mention> g : groups) {
      String pin = g.get(0).pin();
      byNewId.put(pin != null ? pin : EventFusion.eventId(g), g);
    }
    // where each old event went: to the new event holding most of its mentions (ties: the
    // smallest id). Votes are counted in one pass over the mentions; counting them per old event
    // over every group was quadratic in the neighbourhood, which grows with the store.
    Map<String, Map<String, Integer>> votesOf = new HashMap<>();
    for (Map.Entry<String, List<Mention>> e : byNewId.entrySet()) {
      for (Mention m : e.getValue()) {
        String old = oldEventOfMention.get(m.id());
        if (old != null && oldEvents.contains(old)) {
          votesOf.computeIfAbsent(old, k -> new TreeMap<>()).merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> movedTo = new TreeMap<>();
    for (String old : oldEvents) {
      Map<String, Integer> votes = votesOf.getOrDefault(old, Map.of());
      String best = null;
      for (Map.Entry<String, Integer> v : votes.entrySet()) {
        if (best == null || v.getValue() > votes.get(best)) {
          best = v.getKey();
        }
      }
      if (best != null && !best.equals(old) && !byNewId.containsKey(old)) {
        movedTo.put(old, best);
      }
    }
    for (Map.Entry<String, String> mv : movedTo.entrySet()) {
      moveEvent(c, mv.getKey(), mv.getValue());
    }
    // net new events: a merge that renames an event is not a creation
    int created = Math.max(0, byNewId.size() - oldEvents.size());
    Set<String> unchanged = new HashSet<>();
    if (keepUnchanged) {
      Map<String, Set<String>> stored = new HashMap<>();
      oldEventOfMention.forEach((m, ev) -> stored.computeIfAbsent(ev, k -> new HashSet<>()).add(m));
      for (Map.Entry<String, List<Mention>> e : byNewId.entrySet()) {
        Set<String> was = stored.get(e.getKey());
        if (oldEvents.contains(e.getKey())
            && was != null
            && was.size() == e.getValue().size()
            && e.getValue().stream().allMatch(m -> was.contains(m.id()))) {
          unchanged.add(e.getKey());
        }
      }
      byNewId.keySet().removeAll(unchanged);
    }
    Set<String> toDelete = new TreeSet<>(oldEvents);
    toDelete.addAll(byNewId.keySet());
    toDelete.removeAll(unchanged);
    deleteIn(c, "DELETE FROM events WHERE id IN (%s)", toDelete);
    deleteIn(c, "DELETE FROM event_docs WHERE id IN (%s)", toDelete);
    SearchIndex.delete(c, toDelete);
    deleteIn(c, "DELETE FROM event_sources WHERE event_id IN (%s)", toDelete);
    deleteIn(c, "DELETE FROM event_actors WHERE event_id IN (%s)", toDelete);
    deleteIn(c, "DELETE FROM event_aliases WHERE old_id IN (%s)", byNewId.keySet());
    Map<String, Map<String, String>> locks = locksOf(c, byNewId.keySet());
    List<Object[]> evRows = new ArrayList<>();
    List<Object[]> srcRows = new ArrayList<>();
    List<Object[]> actRows = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : byNewId.entrySet()) {
      String id = e.getKey();
      List<Mention> g = e.getValue();
      Map<String, String> l = locks.getOrDefault(id, Map.of());
      Event event = EventFields.applyLocks(EventFusion.fuse(g).withId(id), l);
      int nArticles = (int) g.stream().map(Mention::articleId).distinct().count();
      evRows.add(eventRow(event, g, nArticles, EventFields.review(l), now));
      for (Mention m : g) {
        srcRows.add(new Object[] {id, m.id(), m.articleId()});
      }
      Set<String> seenActors = new HashSet<>();
      for (EventActor a : event.actors() == null ? List.<EventActor>of() : event.actors()) {
        String key =
            a.id() != null ? a.id() : a.name() == null ? null : a.name().toLowerCase(Locale.ROOT);
        if (key == null || !seenActors.add(key)) {
          continue;
        }
        actRows.add(new Object[] {id, a.role(), key, Sql.Null.or(a.name(), Sql.Null.VARCHAR)});
      }
    }
    insertEvents(c, evRows);
    Sql.insertRows(c, "event_sources", 3, srcRows, "");
    Sql.insertRows(c, "event_actors", 4, actRows, "");
    return new Rewrite(groups, created);
  }

  /** An event id replaced by another: old links resolve, reviewer locks follow. */
  private static void moveEvent(Connection c, String old, String now) throws SQLException {
    Sql.update(c, "UPDATE event_aliases SET new_id = ? WHERE new_id = ?", List.of(now, old));
    Sql.update(c, "DELETE FROM event_aliases WHERE old_id = ?", List.of(old));
    Sql.update(c, "INSERT INTO event_aliases VALUES (?, ?)", List.of(old, now));
    Map<String, String> theirs = locksOf(c, List.of(old)).getOrDefault(old, Map.of());
    Map<String, String> mine = locksOf(c, List.of(now)).getOrDefault(now, Map.of());
    for (Map.Entry<String, String> l : theirs.entrySet()) {
      if (!mine.containsKey(l.getKey())) {
        Sql.update(
            c, "INSERT INTO event_locks VALUES (?, ?, ?)", List.of(now, l.getKey(), l.getValue()));
      }
    }
    Sql.update(c, "DELETE FROM event_locks WHERE event_id = ?", List.of(old));
  }

  /**
   * Writes event rows as built by {@link #eventRow}: the document (column 2) goes to event_docs,
   * the filter columns to events.
   */
  static void insertEvents(Connection c, List<Object[]> rows) throws SQLException {
    List<Object[]> events = new ArrayList<>(rows.size());
    List<Object[]> docs = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Object[] e = new Object[r.length - 1];
      e[0] = r[0];
      System.arraycopy(r, 2, e, 1, r.length - 2);
      events.add(e);
      docs.add(new Object[] {r[0], r[1]});
    }
    Sql.insertRows(c, "events", EVENT_COLUMNS, events, "");
    Sql.insertRows(c, "event_docs", 2, docs, "");
    writeSearchTerms(c, rows);
  }

  /** The text-search index rows of freshly written events (see {@link SearchIndex}). */
  private static void writeSearchTerms(Connection c, List<Object[]> rows) throws SQLException {
    List<String> ids = new ArrayList<>(rows.size());
    List<String> texts = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      ids.add((String) r[0]);
      texts.add(r[SEARCH_TEXT] instanceof String t ? t : null);
    }
    SearchIndex.write(c, ids, texts);
  }

  /** Position of search_text in an {@link #eventRow}. */
  private static final int SEARCH_TEXT = 21;

  private static final int EVENT_COLUMNS = 22;

  /** One event's document, or null. */
  private static String doc(Connection c, String id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT event_json FROM event_docs WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The documents of a page of events, by id. */
  private static Map<String, String> docsOf(Connection c, List<String> ids) throws SQLException {
    Map<String, String> out = new HashMap<>();
    for (List<String> chunk : Sql.chunks(new TreeSet<>(ids))) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id, event_json FROM event_docs WHERE id IN ("
                  + Sql.marks(chunk.size())
                  + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Map<String, String>> locksOf(Connection c, Collection<String> ids)
      throws SQLException {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (List<String> chunk : Sql.chunks(new TreeSet<>(ids))) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT event_id, field, value_json FROM event_locks WHERE event_id IN ("
                  + Sql.marks(chunk.size())
                  + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                .put(rs.getString(2), rs.getString(3));
          }
        }
      }
    }
    return out;
  }

  private static Object[] eventRow(
      Event e, List<Mention> group, int nArticles, String review, Instant now) {
    LocalDate start = e.date() == null ? null : EventFields.date(e.date().start());
    LocalDate end = e.date() == null ? null : EventFields.date(e.date().end());
    Location l = e.location();
    Integer killed =
        e.casualties() == null || e.casualties().killed() == null
            ? null
            : e.casualties().killed().value();
    Integer injured =
        e.casualties() == null || e.casualties().injured() == null
            ? null
            : e.casualties().injured().value();
    List<Event> told = group.stream().map(Mention::event).toList();
    return new Object[] {
      e.id(),
      Json.write(e),
      start != null ? start : EventFields.NO_DATE,
      Sql.Null.or(start, Sql.Null.DATE),
      Sql.Null.or(end != null ? end : start, Sql.Null.DATE),
      Sql.Null.or(l == null ? null : l.country(), Sql.Null.VARCHAR),
      Sql.Null.or(l == null ? null : l.admin1(), Sql.Null.VARCHAR),
      Sql.Null.or(l == null ? null : l.lat(), Sql.Null.DOUBLE),
      Sql.Null.or(l == null ? null : l.lon(), Sql.Null.DOUBLE),
      Sql.Null.or(EventFields.placeCell(l), Sql.Null.VARCHAR),
      Sql.Null.or(l == null ? null : l.name(), Sql.Null.VARCHAR),
      Sql.Null.or(e.type(), Sql.Null.VARCHAR),
      Sql.Null.or(e.mode(), Sql.Null.VARCHAR),
      Sql.Null.or(e.attribution() == null ? null : e.attribution().status(), Sql.Null.VARCHAR),
      Sql.Null.or(e.scope(), Sql.Null.VARCHAR),
      EventFields.barList(EventFields.actorKeys(e)),
      EventFields.actorNames(e, told),
      Sql.Null.or(killed, Sql.Null.INTEGER),
      Sql.Null.or(injured, Sql.Null.INTEGER),
      nArticles,
      review,
      EventFields.searchText(e, told),
      now
    };
  }

  // ======================================================================== reads

  @Override
  public void forEachArticle(Consumer<StoredArticle> sink) {
    try (Connection c = source.get()) {
      c.setAutoCommit(false); // PostgreSQL streams only inside a transaction
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id, sha256, url, outlet, published, language, title, text, ingested_at "
                  + "FROM articles ORDER BY seq")) {
        p.setFetchSize(500);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            sink.accept(article(rs));
          }
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static StoredArticle article(ResultSet rs) throws SQLException {
    Timestamp t = rs.getTimestamp(9);
    return new StoredArticle(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        localDate(rs, 5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        t == null ? null : t.toInstant());
  }

  private static LocalDate localDate(ResultSet rs, int i) throws SQLException {
    Date d = rs.getDate(i);
    return d == null ? null : d.toLocalDate();
  }

  @Override
  public Page<StoredEvent> list(EventQuery q) {
    try (Connection c = source.get()) {
      return list(c, q);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private Page<StoredEvent> list(Connection c, EventQuery q) throws SQLException {
    List<String[]> list = PageSelect.rows(c, source.dialect(), q);
    String next = null;
    if (list.size() > q.limit()) {
      list = list.subList(0, q.limit());
      String[] last = list.get(list.size() - 1);
      next = encodeCursor(last[2], last[0]);
    }
    // the documents and sources of this page only, by id: see event_docs in V3__event_docs.sql
    List<String> ids = list.stream().map(r -> r[0]).toList();
    Map<String, String> docs = docsOf(c, ids);
    Map<String, List<EventSource>> sources = sourcesOf(c, ids);
    for (String[] r : list) {
      r[1] = docs.get(r[0]);
    }
    List<String> reviewed = new ArrayList<>();
    for (String[] r : list) {
      if (!"machine".equals(r[3])) {
        reviewed.add(r[0]);
      }
    }
    // only reviewed events have locks: skip the lookup for the machine-only page
    Map<String, Map<String, String>> locks = reviewed.isEmpty() ? Map.of() : locksOf(c, reviewed);
    List<StoredEvent> out = new ArrayList<>();
    for (String[] r : list) {
      List<EventSource> src = sources.getOrDefault(r[0], List.of());
      out.add(
          new StoredEvent(
              Json.read(r[1], Event.class),
              src.stream().map(EventSource::articleId).toList(),
              src,
              r[3],
              EventFields.lockedFields(locks.get(r[0]))));
    }
    return new Page<>(out, next);
  }

  private List<StoredEvent> storedEvents(Connection c, List<String[]> rows) throws SQLException {
    List<String> ids = rows.stream().map(r -> r[0]).toList();
    Map<String, List<EventSource>> sources = sourcesOf(c, ids);
    Map<String, Map<String, String>> locks = locksOf(c, ids);
    List<StoredEvent> out = new ArrayList<>();
    for (String[] r : rows) {
      List<EventSource> s = sources.getOrDefault(r[0], List.of());
      out.add(
          new StoredEvent(
              Json.read(r[1], Event.class),
              s.stream().map(EventSource::articleId).toList(),
              s,
              r[3],
              EventFields.lockedFields(locks.get(r[0]))));
    }
    return out;
  }

  /**
   * The sources of some events, each event's by publication date then article id: two lookups by id
   * (event_sources, then articles), which both engines answer from an index, where a join would
   * scan the articles.
   */
  private static Map<String, List<EventSource>> sourcesOf(Connection c, List<String> eventIds)
      throws SQLException {
    Map<String, Set<String>> articlesOf = new HashMap<>();
    for (List<String> chunk : Sql.chunks(new TreeSet<>(eventIds))) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT event_id, article_id FROM event_sources WHERE event_id IN ("
                  + Sql.marks(chunk.size())
                  + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            articlesOf.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
          }
        }
      }
    }
    Set<String> articleIds = new TreeSet<>();
    articlesOf.values().forEach(articleIds::addAll);
    Map<String, EventSource> articles = new HashMap<>();
    for (List<String> chunk : Sql.chunks(articleIds)) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id, outlet, url, published, language FROM articles WHERE id IN ("
                  + Sql.marks(chunk.size())
                  + ")")) {
        Sql.bind(p, chunk);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            articles.put(
                rs.getString(1),
                new EventSource(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    localDate(rs, 4),
                    rs.getString(5)));
          }
        }
      }
    }
    Comparator<EventSource> order =
        Comparator.comparing(
                EventSource::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventSource::articleId);
    Map<String, List<EventSource>> out = new HashMap<>();
    articlesOf.forEach(
        (event, ids) ->
            out.put(
                event,
                ids.stream().map(articles::get).filter(Objects::nonNull).sorted(order).toList()));
    return out;
  }

  static String encodeCursor(String date, String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  static String[] decodeCursor(String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = s.indexOf('|');
      LocalDate.parse(s.substring(0, bar));
      return new String[] {s.substring(0, bar), s.substring(bar + 1)};
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("bad cursor: " + cursor, e);
    }
  }

  @Override
  public void stream(EventQuery query, Consumer<StoredEvent> sink) {
    // keyset pages of 1000: constant memory on both engines, no long-lived cursor to hold
    EventQuery q = query.toBuilder().limit(EventQuery.MAX_LIMIT).cursor(null).build();
    try (Connection c = source.get()) {
      while (true) {
        Page<StoredEvent> page = list(c, q);
        page.items().forEach(sink);
        if (page.nextCursor() == null) {
          return;
        }
        q = q.after(page.nextCursor());
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  @Override
  public Optional<EventDetail> get(String eventId) {
    try (Connection c = source.get()) {
      String id = resolve(c, eventId);
      List<String[]> rows = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT id, review FROM events WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            rows.add(new String[] {rs.getString(1), doc(c, id), null, rs.getString(2)});
          }
        }
      }
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      StoredEvent ev = storedEvents(c, rows).get(0);
      List<StoredMention> mentions = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT m.id, m.article_id, m.event_json FROM event_sources s "
                  + "JOIN mentions m ON m.id = s.mention_id WHERE s.event_id = ? ORDER BY m.id")) {
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            mentions.add(
                new StoredMention(
                    rs.getString(1), rs.getString(2), id, Json.read(rs.getString(3), Event.class)));
          }
        }
      }
      List<StoredArticle> articles = new ArrayList<>();
      List<String> aids = ev.articleIds();
      if (!aids.isEmpty()) {
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT id, sha256, url, outlet, published, language, title, text, ingested_at "
                    + "FROM articles WHERE id IN ("
                    + Sql.marks(aids.size())
                    + ") ORDER BY published, id")) {
          Sql.bind(p, aids);
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              articles.add(article(rs));
            }
          }
        }
      }
      return Optional.of(new EventDetail(ev, mentions, articles, reviews(c, id)));
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Follows merged-away ids to the event that holds them now. */
  private static String resolve(Connection c, String id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT new_id FROM event_aliases WHERE old_id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : id;
      }
    }
  }

  @Override
  public List<Bucket> aggregate(EventQuery filter, GroupBy groupBy) {
    try (Connection c = source.get()) {
      Filters f = Filters.of(c, source.dialect(), filter);
      return switch (groupBy.kind()) {
        case DAY -> Aggregations.byDate(c, f, false);
        case WEEK -> Aggregations.byDate(c, f, true);
        case ACTOR -> Aggregations.byActor(c, f);
        case TYPE -> Aggregations.byType(c, f);
        case CELL -> Aggregations.byCell(c, f, groupBy.cellDegrees());
      };
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  // ======================================================================== review

  @Override
  public ReviewResult review(ReviewAction action) {
    synchronized (writeLock) {
      try (Connection c = source.get()) {
        c.setAutoCommit(false);
        try {
          ReviewResult r = new Reviews(this, c).apply(action);
          c.commit();
          return r;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException(e);
      }
    }
  }

  // hooks for Reviews: same transaction
  String resolveId(Connection c, String id) throws SQLException {
    return resolve(c, id);
  }

  Event currentEvent(Connection c, String id) throws SQLException {
    String json = doc(c, id);
    if (json == null) {
      throw new IllegalArgumentException("no event " + id);
    }
    return Json.read(json, Event.class);
  }

  void setLock(Connection c, String eventId, String field, String json) throws SQLException {
    Sql.update(
        c, "DELETE FROM event_locks WHERE event_id = ? AND field = ?", List.of(eventId, field));
    Sql.update(c, "INSERT INTO event_locks VALUES (?, ?, ?)", List.of(eventId, field, json));
  }

  Set<String> mentionIdsOf(Connection c, String eventId) throws SQLException {
    return mentionsOfEvents(c, List.of(eventId));
  }

  void setPin(Connection c, Collection<String> mentionIds, String pin) throws SQLException {
    for (String m : mentionIds) {
      Sql.update(c, "UPDATE mentions SET pin = ? WHERE id = ?", java.util.Arrays.asList(pin, m));
    }
  }

  /** Re-fuses and rewrites the given events from their mentions (after a pin or a lock). */
  List<String> refresh(Connection c, Set<String> eventIds) throws SQLException {
    Set<String> ms = mentionsOfEvents(c, eventIds);
    List<Mention> set = loadMentions(c, ms);
    Rewrite rw = rewrite(c, set, eventIds, Instant.now(), false);
    List<String> ids = new ArrayList<>();
    for (List<Mention> g : rw.groups) {
      String pin = g.get(0).pin();
      ids.add(pin != null ? pin : EventFusion.eventId(g));
    }
    return ids;
  }

  List<StoredEvent> loadEvents(Connection c, List<String> ids) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    for (String id : ids) {
      try (PreparedStatement p = c.prepareStatement("SELECT id, review FROM events WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            rows.add(new String[] {rs.getString(1), doc(c, id), null, rs.getString(2)});
          }
        }
      }
    }
    return storedEvents(c, rows);
  }

  ReviewRecord record(
      Connection c,
      String eventId,
      String reviewer,
      String action,
      String field,
      String oldV,
      String newV,
      String reason)
      throws SQLException {
    Instant at = Instant.now();
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO review_actions (event_id, reviewer, acted_at, action, field, old_value,"
                + " new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, eventId);
      p.setString(2, reviewer);
      p.setTimestamp(3, Timestamp.from(at));
      p.setString(4, action);
      p.setString(5, field);
      p.setString(6, oldV);
      p.setString(7, newV);
      p.setString(8, reason);
      p.executeUpdate();
    }
    long id;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(id) FROM review_actions")) {
      rs.next();
      id = rs.getLong(1);
    }
    return new ReviewRecord(id, eventId, reviewer, at, action, field, oldV, newV, reason);
  }

  @Override
  public List<ReviewRecord> reviews(String eventId) {
    try (Connection c = source.get()) {
      return reviews(c, resolve(c, eventId));
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static List<ReviewRecord> reviews(Connection c, String id) throws SQLException {
    List<ReviewRecord> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, event_id, reviewer, acted_at, action, field, old_value, new_value, reason"
                + " FROM review_actions WHERE event_id = ? OR event_id IN"
                + " (SELECT old_id FROM event_aliases WHERE new_id = ?) ORDER BY id")) {
      p.setString(1, id);
      p.setString(2, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ReviewRecord(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
    }
    return out;
  }

  // ======================================================================== operations

  /** A connection for this package's tools (bulk loading); the caller closes it. */
  Connection connection() throws SQLException {
    return source.get();
  }

  static Object[] eventRowFor(Event e, List<Mention> group, Instant now) {
    return eventRow(
        e, group, (int) group.stream().map(Mention::articleId).distinct().count(), "machine", now);
  }

  /** Checks the invariants a crash must not break (see {@link IntegrityCheck}). */
  public IntegrityCheck checkIntegrity() {
    try (Connection c = source.get()) {
      return IntegrityCheck.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  @Override
  public Health health() {
    try (Connection c = source.get();
        Statement s = c.createStatement()) {
      long[] n = new long[4];
      String[] tables = {"articles", "mentions", "events", "review_actions"};
      for (int i = 0; i < tables.length; i++) {
        // table names are constants of this class, never input
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
          rs.next();
          n[i] = rs.getLong(1);
        }
      }
      return new Health(source.describe(), schemaVersion, n[0], n[1], n[2], n[3], true);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      source.close();
    }
  }
}
