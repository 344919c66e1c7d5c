package org.vigie.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Invariants a store must keep through crashes: no duplicate article, no mention without its
 * article, no event without a source, every mention in exactly one event, no source pointing
 * nowhere. All counts of violations are zero in a healthy store.
 */
public record IntegrityCheck(
    long articles,
    long duplicateArticles,
    long mentionsWithoutArticle,
    long eventsWithoutSource,
    long mentionsNotInExactlyOneEvent,
    long sourcesWithoutEvent) {

  public boolean ok() {
    return duplicateArticles == 0
        && mentionsWithoutArticle == 0
        && eventsWithoutSource == 0
        && mentionsNotInExactlyOneEvent == 0
        && sourcesWithoutEvent == 0;
  }

  static IntegrityCheck run(Connection c) throws SQLException {
    return new IntegrityCheck(
        count(c, "SELECT COUNT(*) FROM articles"),
        count(
            c,
            "SELECT COUNT(*) - COUNT(DISTINCT sha256) + COUNT(*) - COUNT(DISTINCT id) FROM articles"),
        count(
            c,
            "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS"
                + " (SELECT 1 FROM articles a WHERE a.sha256 = m.article_sha)"),
        count(
            c,
            "SELECT COUNT(*) FROM events e WHERE NOT EXISTS"
                + " (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"),
        count(
            c,
            "SELECT COUNT(*) FROM mentions m WHERE (SELECT COUNT(*) FROM event_sources s"
                + " WHERE s.mention_id = m.id) <> 1"),
        count(
            c,
            "SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS"
                + " (SELECT 1 FROM events e WHERE e.id = s.event_id)"));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
