package org.vigie.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.store.jdbc.JdbcEventStore;

/**
 * The event store: articles, their event mentions, and the events merged across reports.
 *
 * <p>One writer at a time calls {@link #write}; the ingest pipeline funnels every batch through a
 * single writer thread, so the merge sees a consistent store. Reads ({@link #list}, {@link #get},
 * {@link #aggregate}, {@link #stream}) are safe from any thread. Implementations are thread-safe.
 */
public interface EventStore extends AutoCloseable {

  /** The directory of the embedded store when none is given. */
  String DEFAULT_LOCATION = "vigie-data";

  /**
   * Opens (creating and migrating when needed) the store at {@code location}: a directory holds the
   * embedded store; {@code jdbc:postgresql://…} connects to PostgreSQL.
   */
  static EventStore open(String location) {
    return JdbcEventStore.open(location == null ? DEFAULT_LOCATION : location);
  }

  /** Opens the embedded store in {@code directory}. */
  static EventStore open(Path directory) {
    return open(directory.toString());
  }

  // ---- ingest ----------------------------------------------------------------------------

  /** Which of these article content hashes (sha256 of the text) the store already holds. */
  Set<String> knownArticles(Collection<String> sha256s);

  /**
   * Writes one batch in one transaction: new articles, their mentions, and the merged events they
   * touch. An article whose hash is already stored is a duplicate and changes nothing, unless
   * {@code mode} is {@link WriteMode#REEXTRACT}: then its machine mentions are replaced and its
   * events re-merged, reviewer-locked fields kept. When this returns, the batch is durable.
   */
  WriteResult write(List<ExtractedArticle> batch, WriteMode mode);

  /** Every stored article (text included), in ingest order, for re-extraction; streams. */
  void forEachArticle(Consumer<StoredArticle> sink);

  // ---- queries (REST API, exports) ----------------------------------------------------

  /** One page of events matching {@code query}, sorted by {@code query.sort()}. */
  Page<StoredEvent> list(EventQuery query);

  /** Every event matching {@code query} (limit and cursor ignored), streamed in sort order. */
  void stream(EventQuery query, Consumer<StoredEvent> sink);

  /** One event with its mentions, articles (with text) and review trail; follows merged ids. */
  Optional<EventDetail> get(String eventId);

  /** Counts of matching events grouped by day, week, place cell, actor or type. */
  List<Bucket> aggregate(EventQuery filter, GroupBy groupBy);

  // ---- review --------------------------------------------------------------------------

  /** Applies a reviewer action; every action is kept in the audit trail. */
  ReviewResult review(ReviewAction action);

  /** The audit trail of one event, oldest first. */
  List<ReviewRecord> reviews(String eventId);

  // ---- operations ----------------------------------------------------------------------

  Health health();

  @Override
  void close();
}
