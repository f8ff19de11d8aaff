package io.casebook.adapter.out.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The embedded database's connections write one transaction at a time, and reads never wait (H2WriteGate). */
class GatedH2DataSourceTest {

    @TempDir
    Path dir;
    GatedH2DataSource dataSource;
    ExecutorService other = Executors.newSingleThreadExecutor();

    @BeforeEach
    void createTable() throws SQLException {
        dataSource = new GatedH2DataSource(Database.embeddedUrl(dir), Duration.ofSeconds(30));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        }
    }

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    @Test
    void aWriteWaitsUntilTheWritingTransactionCommits() throws Exception {
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            insert(first, 1);
            CompletableFuture<Void> second = insertElsewhere(2);
            await().until(() -> dataSource.gate().waiting() == 1);
            assertThat(second).isNotDone();
            first.commit();
            second.get(10, TimeUnit.SECONDS);
        }
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void readsDoNotWaitForAWriter() throws Exception {
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            insert(writer, 1);
            Integer seen = CompletableFuture.supplyAsync(this::count, other).get(10, TimeUnit.SECONDS);
            assertThat(seen).as("the uncommitted row is not visible, and the read did not wait").isZero();
            writer.rollback();
        }
    }

    @Test
    void aReadInATransactionTakesNoTurnButItsFirstWriteDoes() throws Exception {
        try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            count(reader);
            writer.setAutoCommit(false);
            insert(writer, 1); // would wait if the reader held the turn
            CompletableFuture<Void> readerWrites = CompletableFuture.runAsync(() -> {
                try {
                    insert(reader, 2);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, other);
            await().until(() -> dataSource.gate().waiting() == 1);
            writer.commit();
            readerWrites.get(10, TimeUnit.SECONDS);
            reader.commit();
        }
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void rollbackAutoCommitAndCloseEachEndTheTurn() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, 1);
            c.rollback();
            insertElsewhere(2).get(10, TimeUnit.SECONDS);

            insert(c, 3);
            c.setAutoCommit(true); // commits row 3
            insertElsewhere(4).get(10, TimeUnit.SECONDS);

            c.setAutoCommit(false);
            insert(c, 5);
        } // closed with row 5 pending: H2 rolls it back
        insertElsewhere(6).get(10, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void aRollbackToASavepointKeepsTheTurn() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var savepoint = c.setSavepoint();
            insert(c, 1);
            c.rollback(savepoint);
            CompletableFuture<Void> second = insertElsewhere(2);
            await().until(() -> dataSource.gate().waiting() == 1);
            assertThat(second).isNotDone();
            c.commit();
            second.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void turnsAreServedInTheOrderTheyWereAskedFor() throws Exception {
        H2WriteGate gate = new H2WriteGate(Duration.ofSeconds(30));
        gate.enter();
        List<Integer> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Void>> turns = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int writer = i;
                turns.add(CompletableFuture.runAsync(() -> {
                    try {
                        gate.enter();
                    } catch (SQLTransientException e) {
                        throw new IllegalStateException(e);
                    }
                    order.add(writer);
                    gate.leave();
                }, writers));
                await().until(() -> gate.waiting() == writer + 1); // each asks after the one before
            }
            gate.leave();
            CompletableFuture.allOf(turns.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertThat(order).containsExactly(0, 1, 2);
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void aWriterThatGaveUpDoesNotHoldUpThoseBehindIt() throws Exception {
        H2WriteGate gate = new H2WriteGate(Duration.ofMillis(300));
        gate.enter();
        CompletableFuture<Void> impatient = CompletableFuture.runAsync(() -> {
            try {
                gate.enter();
            } catch (SQLTransientException e) {
                throw new IllegalStateException(e);
            }
        }, other);
        assertThatThrownBy(() -> impatient.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SQLTransientException.class);
        gate.leave();
        CompletableFuture.runAsync(() -> {
            try {
                gate.enter();
                gate.leave();
            } catch (SQLTransientException e) {
                throw new IllegalStateException(e);
            }
        }, other).get(10, TimeUnit.SECONDS);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aWriterThatWaitsTooLongFailsNamingTheSetting() throws Exception {
        GatedH2DataSource impatient = new GatedH2DataSource(Database.embeddedUrl(dir), Duration.ofMillis(200));
        try (Connection holder = impatient.getConnection(); Connection late = impatient.getConnection()) {
            holder.setAutoCommit(false);
            insert(holder, 1);
            CompletableFuture<Void> attempt = CompletableFuture.runAsync(() -> {
                try {
                    insert(late, 2);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, other);
            assertThatThrownBy(() -> attempt.get(10, TimeUnit.SECONDS)).cause().cause()
                    .isInstanceOf(SQLTransientException.class)
                    .hasMessageContaining("casebook.db.h2-write-wait-ms");
            holder.rollback();
        }
    }

    private CompletableFuture<Void> insertElsewhere(int id) {
        return CompletableFuture.runAsync(() -> {
            try (Connection c = dataSource.getConnection()) {
                insert(c, id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, other);
    }

    private static void insert(Connection c, int id) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO t (id) VALUES (?)")) {
            s.setInt(1, id);
            s.executeUpdate();
        }
    }

    private int count() {
        try (Connection c = dataSource.getConnection()) {
            return count(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }
}
