-- Vigie event store, schema 1, DuckDB. Same tables as postgresql/V1__schema.sql. Keys on tables
-- the merge rewrites (events, sources, blocks) are kept by the single writer rather than by
-- constraints: DuckDB checks a unique index eagerly, so a delete and re-insert of one key in one
-- transaction would fail; filtering relies on DuckDB's zone maps rather than secondary indexes.
CREATE TABLE articles (
  seq BIGINT NOT NULL,
  id VARCHAR NOT NULL,
  sha256 VARCHAR PRIMARY KEY,
  url VARCHAR,
  outlet VARCHAR,
  published DATE,
  language VARCHAR,
  title VARCHAR,
  text TEXT NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE mentions (
  id VARCHAR PRIMARY KEY,
  article_sha VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  pin VARCHAR,
  type VARCHAR,
  scope VARCHAR,
  date_start DATE,
  event_json TEXT NOT NULL
);

CREATE TABLE mention_blocks (
  block_key VARCHAR NOT NULL,
  mention_id VARCHAR NOT NULL,
  own BOOLEAN NOT NULL
);

CREATE TABLE events (
  id VARCHAR NOT NULL,
  event_json TEXT NOT NULL,
  sort_date DATE NOT NULL,
  date_start DATE,
  date_end DATE,
  country VARCHAR,
  admin1 VARCHAR,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  place_cell VARCHAR,
  place_name VARCHAR,
  type VARCHAR,
  mode VARCHAR,
  status VARCHAR,
  scope VARCHAR,
  actor_ids VARCHAR,
  actor_names VARCHAR,
  killed INTEGER,
  injured INTEGER,
  n_articles INTEGER NOT NULL,
  review VARCHAR NOT NULL,
  search_text VARCHAR,
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE event_sources (
  event_id VARCHAR NOT NULL,
  mention_id VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL
);

CREATE TABLE event_actors (
  event_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  actor_id VARCHAR NOT NULL,
  name VARCHAR
);

CREATE TABLE actors (
  id VARCHAR PRIMARY KEY,
  name VARCHAR,
  type VARCHAR,
  country VARCHAR
);

CREATE TABLE places (
  gazetteer_id VARCHAR PRIMARY KEY,
  name VARCHAR,
  country VARCHAR,
  admin1 VARCHAR,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION
);

CREATE TABLE event_aliases (
  old_id VARCHAR NOT NULL,
  new_id VARCHAR NOT NULL
);

CREATE TABLE event_locks (
  event_id VARCHAR NOT NULL,
  field VARCHAR NOT NULL,
  value_json TEXT NOT NULL
);

CREATE SEQUENCE review_seq;
CREATE TABLE review_actions (
  id BIGINT PRIMARY KEY DEFAULT nextval('review_seq'),
  event_id VARCHAR NOT NULL,
  reviewer VARCHAR NOT NULL,
  acted_at TIMESTAMP NOT NULL,
  action VARCHAR NOT NULL,
  field VARCHAR,
  old_value TEXT,
  new_value TEXT,
  reason TEXT
);
