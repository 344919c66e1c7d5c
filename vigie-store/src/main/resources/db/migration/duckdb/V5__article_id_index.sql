-- Article lookups by id, for the merge (a mention's outlet, language and date) and for choosing a
-- new article's id. Without an index each batch scanned the whole articles table, so ingest slowed
-- down as the store grew. Non-unique, like the other lookup indexes: ids are kept unique by the
-- single writer (an id already taken gets a suffix).
-- V4 (text search) already creates it on stores it migrates; IF NOT EXISTS keeps the two
-- migrations independent of each other.
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
