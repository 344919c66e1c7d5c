package org.vigie.store.jdbc;

import org.vigie.store.EventStore;

/** JDBC implementation of {@link EventStore} over DuckDB (embedded) or PostgreSQL. */
public final class JdbcEventStore {
  private JdbcEventStore() {}

  public static EventStore open(String location) {
    throw new UnsupportedOperationException("being written: " + location);
  }
}
