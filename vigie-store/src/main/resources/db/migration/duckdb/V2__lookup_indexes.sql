-- Lookup indexes for the merge's candidate search and event rewrites: without them each batch
-- scans the block and source tables, and ingest slows down as the store grows. These are
-- non-unique ART indexes, so a delete and re-insert of the same key in one transaction is fine.
CREATE INDEX mention_blocks_key ON mention_blocks (block_key);
CREATE INDEX event_sources_mention ON event_sources (mention_id);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX events_id ON events (id);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_locks_event ON event_locks (event_id);
CREATE INDEX event_aliases_old ON event_aliases (old_id);
