package io.casebook.adapter.out.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatementKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 1", "select * from cases", "  \n SELECT id FROM alerts",
            "-- a comment\nSELECT 1", "/* hint */ select 1", "VALUES (1)", "EXPLAIN SELECT 1"})
    void readsNeedNoTurn(String sql) {
        assertThat(StatementKind.onlyReads(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO t VALUES (1)", "update t set a = 1", "DELETE FROM t",
            "SELECT * FROM t WHERE id = 1 FOR UPDATE", "select id from t for update skip locked",
            "SELECT * FROM t FOR SHARE", "SELECT NEXT VALUE FOR s", "SELECT nextval('s')",
            "WITH x AS (SELECT 1) SELECT * FROM x", "CREATE TABLE t (id INT)", "MERGE INTO t KEY (id) VALUES (1)",
            "", "   ", "-- only a comment"})
    void anythingElseWaitsForItsTurn(String sql) {
        assertThat(StatementKind.onlyReads(sql)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noSqlCountsAsAWrite() {
        assertThat(StatementKind.onlyReads(null)).isFalse();
    }
}
