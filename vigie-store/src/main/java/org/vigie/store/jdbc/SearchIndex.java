package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text-search index, {@code event_terms (term, event_id)}: the folded words of each event's
 * search text ({@link SearchTerms}), written with the event and deleted with it. A query word is an
 * equality lookup on {@code term} instead of a {@code LIKE '%…%'} over the search text of every
 * event. Created by V4, filled here for the events a store held before V4.
 */
final class SearchIndex {
  static final String PENDING = "event_terms";
  private static final int BACKFILL_PAGE = 50_000;

  private SearchIndex() {}

  /** Index rows for events: {@code ids.get(i)} has search text {@code texts.get(i)}. */
  static void write(Connection c, List<String> ids, List<String> texts) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (String t : SearchTerms.ofText(texts.get(i))) {
        rows.add(new Object[] {t, ids.get(i)});
      }
    }
    Sql.insertRows(c, "event_terms", 2, rows, "");
  }

  /**
   * A query word: the prefix an index term must start with and, when the store looked them up, the
   * index terms that do (null: not looked up, or too many to list).
   */
  record Word(String prefix, List<String> terms) {
    static List<Word> of(Set<String> prefixes) {
      return prefixes.stream().map(p -> new Word(p, null)).toList();
    }
  }

  /** A word whose terms the store lists; past that, a prefix range. */
  static final int MAX_LISTED_TERMS = 64;

  /**
   * The SQL condition on {@code events e} for the words of a text query, with its bound values: the
   * events that hold, for every word, a term starting with it ({@code tinza} finds "Tinzaouatène").
   * Nested from the first word (innermost, the hash table each outer lookup probes) to the last, so
   * put the rarest first ({@link #resolve}). A word is its listed terms ({@code term = ?} or {@code
   * IN}), else on DuckDB a range of the term-ordered column ({@code term >= 'tinza' AND term <
   * 'tinzb'}), else {@code LIKE 'tinza%'} (PostgreSQL's pattern index).
   */
  static String condition(List<Word> words, List<Object> params, boolean ranges) {
    String sub = null;
    for (int i = 0; i < words.size(); i++) {
      String t = "t" + i;
      Word w = words.get(i);
      String match;
      String upper = ranges ? upperBound(w.prefix()) : null;
      if (w.terms() != null && w.terms().isEmpty()) {
        return "FALSE"; // a word no event holds
      } else if (w.terms() != null) {
        match =
            w.terms().size() == 1
                ? t + ".term = ?"
                : t + ".term IN (" + Sql.marks(w.terms().size()) + ")";
        params.addAll(w.terms());
      } else if (upper != null) {
        match = t + ".term >= ? AND " + t + ".term < ?";
        params.add(w.prefix());
        params.add(upper);
      } else {
        match = t + ".term LIKE ? ESCAPE '\\'";
        params.add(Filters.escape(w.prefix()) + "%");
      }
      sub =
          "SELECT "
              + t
              + ".event_id FROM event_terms "
              + t
              + " WHERE "
              + match
              + (sub == null ? "" : " AND " + t + ".event_id IN (" + sub + ")");
    }
    return sub == null ? "TRUE" : "e.id IN (" + sub + ")";
  }

  /**
   * The least string above every string starting with {@code prefix} in code point (UTF-8 byte)
   * order: the prefix with its last code point incremented; null when there is none to increment.
   */
  static String upperBound(String prefix) {
    int last = prefix.codePointBefore(prefix.length());
    int next = last + 1;
    if (next == 0xD800) {
      next = 0xE000; // past the surrogates, which are no code points of their own
    }
    if (next > Character.MAX_CODE_POINT) {
      return null;
    }
    return prefix.substring(0, prefix.length() - Character.charCount(last))
        + new String(Character.toChars(next));
  }

  /**
   * The words of a query as the DuckDB store runs them: each with the index terms starting with it
   * (one range read of the term-ordered table; listed terms give the planner the estimate an open
   * range does not, which made it hash all events instead of the word's postings), rarest first. A
   * word that every event holds filters nothing and is left out (an event holds a term once).
   */
  static List<Word> resolve(Connection c, Set<String> prefixes) throws SQLException {
    long events;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM events")) {
      rs.next();
      events = rs.getLong(1);
    }
    List<Word> out = new ArrayList<>();
    Map<Word, Long> postings = new HashMap<>();
    for (String prefix : prefixes) {
      String upper = upperBound(prefix);
      if (upper == null) {
        out.add(new Word(prefix, null));
        postings.put(out.get(out.size() - 1), Long.MAX_VALUE);
        continue;
      }
      List<String> terms = new ArrayList<>();
      long total = 0;
      boolean universal = false;
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT term, COUNT(*) FROM event_terms WHERE term >= ? AND term < ?"
                  + " GROUP BY term ORDER BY term")) {
        p.setString(1, prefix);
        p.setString(2, upper);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            terms.add(rs.getString(1));
            total += rs.getLong(2);
            universal |= rs.getLong(2) >= events;
          }
        }
      }
      if (universal && events > 0) {
        continue;
      }
      Word w = new Word(prefix, terms.size() > MAX_LISTED_TERMS ? null : List.copyOf(terms));
      out.add(w);
      postings.put(w, total);
    }
    out.sort(Comparator.comparingLong(postings::get));
    return out;
  }

  /**
   * Fills the index for events written before it existed, once: V4 leaves a row in {@code
   * pending_backfills} that this removes in the same transaction.
   */
  static void backfillIfPending(Connection c, Dialect dialect) throws SQLException {
    if (!pending(c)) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM event_terms");
        if (dialect == Dialect.DUCKDB) {
          s.execute("DROP INDEX event_terms_event"); // built once at the end, not row by row
        }
      }
      // keyset pages by id: no result set stays open while the page's terms are appended
      String after = "";
      while (true) {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT id, search_text FROM events WHERE id > ? ORDER BY id LIMIT ?")) {
          p.setString(1, after);
          p.setInt(2, BACKFILL_PAGE);
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getString(1));
              texts.add(rs.getString(2));
            }
          }
        }
        write(c, ids, texts);
        if (ids.size() < BACKFILL_PAGE) {
          break;
        }
        after = ids.get(ids.size() - 1);
      }
      if (dialect == Dialect.DUCKDB) {
        clusterByTerm(c);
      }
      Sql.update(c, "DELETE FROM pending_backfills WHERE name = ?", List.of(PENDING));
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Rewrites event_terms in term order. DuckDB then skips, by each row group's min/max, every row
   * group that cannot hold the word looked up: on 7M index rows a lookup reads one or two row
   * groups (under 1 ms) instead of all of them (about 50 ms). Rows written later are appended after
   * the ordered part and scanned in full. Expects event_terms_event dropped; recreates it.
   */
  static void clusterByTerm(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TEMPORARY TABLE event_terms_sorted AS"
              + " SELECT * FROM event_terms ORDER BY term, event_id");
      s.execute("DELETE FROM event_terms");
      s.execute("INSERT INTO event_terms SELECT * FROM event_terms_sorted ORDER BY term, event_id");
      s.execute("DROP TABLE event_terms_sorted");
      s.execute("CREATE INDEX event_terms_event ON event_terms (event_id)");
    }
  }

  private static boolean pending(Connection c) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT COUNT(*) FROM pending_backfills WHERE name = ?")) {
      p.setString(1, PENDING);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  /** Deletes the index rows of events about to be rewritten or removed. */
  static void delete(Connection c, Collection<String> ids) throws SQLException {
    for (List<String> chunk : Sql.chunks(ids)) {
      Sql.update(
          c, "DELETE FROM event_terms WHERE event_id IN (" + Sql.marks(chunk.size()) + ")", chunk);
    }
  }
}
