package org.vigie.store.jdbc;

/** The SQL engines the store runs on; each has its own migration directory. */
public enum Dialect {
  DUCKDB("duckdb"),
  POSTGRESQL("postgresql");

  private final String dir;

  Dialect(String dir) {
    this.dir = dir;
  }

  /** Classpath directory of this engine's versioned migrations. */
  public String migrationDir() {
    return "db/migration/" + dir;
  }
}
