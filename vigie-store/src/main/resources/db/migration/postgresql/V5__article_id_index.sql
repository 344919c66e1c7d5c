-- DuckDB gets an index on articles (id) in V5; PostgreSQL has had one since V1 (the column is
-- UNIQUE). What PostgreSQL lacks is an index on the mentions' article: a foreign key does not
-- create one, and re-extraction looks up each article's mentions by it, scanning the table per
-- article without it.
CREATE INDEX mentions_article_sha ON mentions (article_sha);
