-- Same version as duckdb/V2: PostgreSQL had its lookup indexes from V1; this adds the ones the
-- REST filters use that V1 lacked.
CREATE INDEX events_status_sort ON events (status, sort_date DESC);
CREATE INDEX event_locks_event ON event_locks (event_id);
