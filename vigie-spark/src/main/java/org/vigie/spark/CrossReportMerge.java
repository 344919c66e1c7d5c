package org.vigie.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.vigie.model.Count;
import org.vigie.model.Event;
import org.vigie.store.merge.EventFusion;
import org.vigie.store.merge.MatchScorer;
import org.vigie.store.merge.Mention;
import org.vigie.store.merge.MentionClusterer;

/**
 * The cross-report merge as keyed aggregations, deciding exactly as the store does.
 *
 * <ol>
 *   <li>Blocks: every mention goes to its own keys and to the keys it probes ({@code
 *       org.vigie.store.merge.BlockingKeys}); each block scores its candidate pairs with the
 *       store's {@link MatchScorer}. Keys owned by more than {@code hotKeyThreshold} mentions (a
 *       city under siege, a day of mass strikes) are salted: owners spread over {@code salts}
 *       sub-blocks, the probers copied into each.
 *   <li>Components: the pairs above the threshold are edges; connected components by min-label
 *       propagation, a few rounds (news components have a small diameter).
 *   <li>Fusion: each component, gathered on one task, goes through the store's {@link
 *       MentionClusterer} and {@link EventFusion}. The clusterer only ever joins mentions along
 *       such edges, so clustering a component alone gives what clustering everything gives: the
 *       same groups, the same ids.
 * </ol>
 */
final class CrossReportMerge {
  private CrossReportMerge() {}

  /** Candidate pairs that score as one event ({@link Schemas#EDGE}). */
  static Dataset<Row> edges(Dataset<Row> mentions, MergeSettings settings, List<String> hotKeys) {
    Column payload =
        struct(
            col("owner"),
            col("mention_id"),
            col("article_id"),
            col("outlet"),
            col("language"),
            col("published"),
            col("match_json"));
    Dataset<Row> own =
        mentions
            .select(explode(col("own_keys")).as("key"), col("*"))
            .withColumn("owner", lit(true));
    Dataset<Row> probe =
        mentions
            .select(explode(col("probe_keys")).as("key"), col("*"))
            .withColumn("owner", lit(false));
    Column hot = hotKeys.isEmpty() ? lit(false) : col("key").isin(hotKeys.toArray());
    int salts = settings.salts();
    own = own.withColumn("salt", when(hot, pmod(hash(col("mention_id")), lit(salts))).otherwise(0));
    probe =
        probe.withColumn(
            "salt", explode(when(hot, sequence(lit(0), lit(salts - 1))).otherwise(array(lit(0)))));
    Dataset<Row> blocks =
        own.select(col("key"), col("salt"), payload.as("m"))
            .unionByName(probe.select(col("key"), col("salt"), payload.as("m")))
            .groupBy("key", "salt")
            .agg(collect_list(col("m")).as("ms"));
    MapPartitionsFunction<Row, Row> score =
        it -> {
          MatchScorer scorer = new MatchScorer();
          List<Row> out = new ArrayList<>();
          while (it.hasNext()) {
            Row block = it.next();
            String key = block.getString(0);
            List<Mention> owners = new ArrayList<>();
            List<Mention> probers = new ArrayList<>();
            for (Row m : block.<Row>getList(2)) {
              Mention x = MentionRows.mention(m, false);
              (m.getBoolean(0) ? owners : probers).add(x);
            }
            if (owners.isEmpty() || owners.size() + probers.size() < 2) {
              continue;
            }
            for (BlockPairs.Edge e : BlockPairs.edges(key, owners, probers, scorer)) {
              out.add(RowFactory.create(e.a(), e.b()));
            }
          }
          return out.iterator();
        };
    return blocks.mapPartitions(score, Encoders.row(Schemas.EDGE));
  }

  /** The keys owned by more than the threshold: few, so collected to the driver. */
  static List<String> hotKeys(Dataset<Row> mentions, MergeSettings settings) {
    if (settings.salts() == 1) {
      return List.of();
    }
    return mentions
        .select(explode(col("own_keys")).as("key"))
        .groupBy("key")
        .count()
        .filter(col("count").gt(settings.hotKeyThreshold()))
        .select("key")
        .as(Encoders.STRING())
        .collectAsList();
  }

  /**
   * Component labels ({@code labels}): (v, c) for every mention on an edge, c the smallest mention
   * id of its component; mentions on no edge are their own component. {@code rounds} is the number
   * of propagation rounds it took.
   */
  record Components(Dataset<Row> labels, int rounds) {}

  static Components components(Dataset<Row> edges, long edgeCount, MergeSettings settings) {
    if (edgeCount <= settings.driverEdges()) {
      return onDriver(edges);
    }
    int rounds = 0;
    Dataset<Row> both =
        edges
            .select(col("a").as("src"), col("b").as("dst"))
            .unionByName(edges.select(col("b").as("src"), col("a").as("dst")))
            .localCheckpoint();
    Dataset<Row> labels =
        both.select(col("src").as("v")).distinct().withColumn("c", col("v")).localCheckpoint();
    while (true) {
      rounds++;
      Dataset<Row> spread =
          both.join(labels, both.col("src").equalTo(labels.col("v")))
              .select(col("dst").as("v"), col("c"));
      Dataset<Row> next =
          spread.unionByName(labels).groupBy("v").agg(min("c").as("c")).localCheckpoint();
      long changed =
          next.as("n")
              .join(labels.as("l"), col("n.v").equalTo(col("l.v")))
              .filter(col("n.c").notEqual(col("l.c")))
              .count();
      labels = next;
      if (changed == 0) {
        return new Components(labels, rounds);
      }
    }
  }

  /** Union-find over collected edges; the label of a component is its smallest mention id. */
  private static Components onDriver(Dataset<Row> edges) {
    Map<String, String> parent = new HashMap<>();
    for (Row e : edges.collectAsList()) {
      String ra = find(parent, e.getString(0));
      String rb = find(parent, e.getString(1));
      if (!ra.equals(rb)) {
        // the smaller id stays the root, so the root is the component's smallest id
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
    List<Row> labels = new ArrayList<>();
    for (String v : parent.keySet()) {
      labels.add(RowFactory.create(v, find(parent, v)));
    }
    return new Components(edges.sparkSession().createDataFrame(labels, Schemas.LABEL), 0);
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (true) {
      String p = parent.putIfAbsent(root, root);
      if (p == null || p.equals(root)) {
        break;
      }
      root = p;
    }
    while (!x.equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  /** The merged events ({@link Schemas#EVENT}) of the mentions, given their components. */
  static Dataset<Row> events(Dataset<Row> mentions, Dataset<Row> labels) {
    Dataset<Row> grouped =
        mentions
            .join(labels, mentions.col("mention_id").equalTo(labels.col("v")), "left")
            .withColumn("component", coalesce(col("c"), col("mention_id")))
            .groupBy("component")
            .agg(
                collect_list(
                        struct(
                            col("mention_id"),
                            col("article_id"),
                            col("outlet"),
                            col("language"),
                            col("published"),
                            col("article_published"),
                            col("url"),
                            col("event_json")))
                    .as("ms"));
    MapPartitionsFunction<Row, Row> fuse =
        it -> {
          MentionClusterer clusterer = new MentionClusterer();
          List<Row> out = new ArrayList<>();
          while (it.hasNext()) {
            List<Row> rows = it.next().<Row>getList(1);
            Map<String, Row> byId = new HashMap<>();
            List<Mention> ms = new ArrayList<>();
            for (Row r : rows) {
              byId.put(r.getAs("mention_id"), r);
              ms.add(MentionRows.mention(r, true));
            }
            for (List<Mention> group : clusterer.cluster(ms)) {
              out.add(eventRow(EventFusion.fuse(group), group, byId));
            }
          }
          return out.iterator();
        };
    return grouped.mapPartitions(fuse, Encoders.row(Schemas.EVENT));
  }

  private static Row eventRow(Event e, List<Mention> group, Map<String, Row> byId) {
    Map<String, EventLines.Source> sources = new LinkedHashMap<>();
    for (Mention m : group) {
      Row r = byId.get(m.id());
      sources.putIfAbsent(
          m.articleId(),
          new EventLines.Source(
              m.articleId(),
              m.outlet(),
              r.getAs("url"),
              r.getAs("article_published"),
              m.language()));
    }
    // the store lists an event's sources by publication day (undated last), then article id
    List<EventLines.Source> ordered =
        sources.values().stream()
            .sorted(
                Comparator.comparing(
                        EventLines.Source::published,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(EventLines.Source::articleId))
            .toList();
    List<String> articleIds = ordered.stream().map(EventLines.Source::articleId).toList();
    String line = EventLines.line(e, articleIds, ordered);
    var loc = e.location();
    var date = e.date();
    var cas = e.casualties();
    return RowFactory.create(
        e.id(),
        e.scope(),
        e.type(),
        e.mode(),
        date == null ? null : date.start(),
        date == null ? null : date.end(),
        loc == null ? null : loc.name(),
        loc == null ? null : loc.country(),
        loc == null ? null : loc.lat(),
        loc == null ? null : loc.lon(),
        cas == null ? null : value(cas.killed()),
        cas == null ? null : value(cas.injured()),
        articleIds.toArray(String[]::new),
        line);
  }

  private static Integer value(Count c) {
    return c == null ? null : c.value();
  }
}
