-- Same version as duckdb/V3: the event document moves out of events into event_docs, fetched by
-- primary key for the page the list query selected from the narrow filter columns.
CREATE TABLE event_docs (
  id VARCHAR PRIMARY KEY,
  event_json TEXT NOT NULL
);
INSERT INTO event_docs SELECT id, event_json FROM events;
ALTER TABLE events DROP COLUMN event_json;
