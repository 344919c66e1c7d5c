-- Vigie event store, schema 1. Same tables as duckdb/V1__schema.sql; PostgreSQL keeps every
-- key as a constraint because several writers may share it.
CREATE TABLE articles (
  seq BIGINT NOT NULL,
  id VARCHAR NOT NULL UNIQUE,
  sha256 VARCHAR PRIMARY KEY,           -- the idempotency key: SHA-256 of the text
  url VARCHAR,
  outlet VARCHAR,
  published DATE,
  language VARCHAR,
  title VARCHAR,
  text TEXT NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE mentions (
  id VARCHAR PRIMARY KEY,               -- m-<article sha prefix>-<index>: stable
  article_sha VARCHAR NOT NULL REFERENCES articles (sha256),
  article_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  pin VARCHAR,                          -- set by a reviewer's merge or split
  type VARCHAR,
  scope VARCHAR,
  date_start DATE,
  event_json TEXT NOT NULL              -- the extracted event, evidence included
);

CREATE TABLE mention_blocks (
  block_key VARCHAR NOT NULL,
  mention_id VARCHAR NOT NULL,
  own BOOLEAN NOT NULL
);

CREATE TABLE events (
  id VARCHAR PRIMARY KEY,
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
  article_id VARCHAR NOT NULL,
  PRIMARY KEY (event_id, mention_id)
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
  old_id VARCHAR PRIMARY KEY,
  new_id VARCHAR NOT NULL
);

CREATE TABLE event_locks (
  event_id VARCHAR NOT NULL,
  field VARCHAR NOT NULL,               -- '*' (accepted), '@review', or a field path
  value_json TEXT NOT NULL,
  PRIMARY KEY (event_id, field)
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

CREATE INDEX mentions_article ON mentions (article_sha);
CREATE INDEX mention_blocks_key ON mention_blocks (block_key);
CREATE INDEX event_sources_mention ON event_sources (mention_id);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_actor ON event_actors (actor_id);
CREATE INDEX events_sort ON events (sort_date DESC, id DESC);
CREATE INDEX events_country_sort ON events (country, sort_date DESC);
CREATE INDEX events_type_sort ON events (type, sort_date DESC);
CREATE INDEX events_latlon ON events (lat, lon);
CREATE INDEX review_actions_event ON review_actions (event_id);
