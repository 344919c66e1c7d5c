-- Same version as duckdb/V4: the word index for text search, filled by the store on open for the
-- events already stored (jdbc.SearchIndex). PostgreSQL finds the page through its B-tree indexes;
-- the DuckDB reordering of events by date has no counterpart here.
CREATE TABLE event_terms (
  term VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL
);
CREATE INDEX event_terms_term ON event_terms (term varchar_pattern_ops, event_id); -- = and LIKE 'p%'
CREATE INDEX event_terms_event ON event_terms (event_id);
CREATE TABLE pending_backfills (
  name VARCHAR PRIMARY KEY
);
INSERT INTO pending_backfills VALUES ('event_terms');
