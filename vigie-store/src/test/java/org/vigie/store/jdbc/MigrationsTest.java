package org.vigie.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsTest {
  @Test
  void bothEnginesHaveTheSameVersionsAndTables() {
    var duck = Migrations.load(Dialect.DUCKDB);
    var pg = Migrations.load(Dialect.POSTGRESQL);
    assertThat(duck)
        .extracting(Migrations.Migration::version)
        .isEqualTo(pg.stream().map(Migrations.Migration::version).toList());
    for (String table :
        new String[] {
          "articles",
          "mentions",
          "events",
          "event_sources",
          "event_locks",
          "review_actions",
          "actors",
          "places",
          "event_aliases",
          "mention_blocks",
          "event_actors"
        }) {
      assertThat(duck.get(0).sql()).contains("CREATE TABLE " + table + " (");
      assertThat(pg.get(0).sql()).contains("CREATE TABLE " + table + " (");
    }
  }

  @Test
  void splitsStatementsAndDropsComments() {
    assertThat(
            Migrations.statements(
                "-- c\nCREATE TABLE a (x INT); -- t\n\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
  }

  @Test
  void filterValuesAreBoundNeverSpliced() {
    var f =
        Filters.of(
            org.vigie.store.EventQuery.builder().country("ml' OR 1=1 --").text("100%").build());
    assertThat(f.where()).doesNotContain("OR 1=1").doesNotContain("100");
    assertThat(f.params()).contains("ML' OR 1=1 --", "100%");
  }
}
