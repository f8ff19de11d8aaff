package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.Transactions;
import io.casebook.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Group commit over the real embedded database: batching, a failing work, closing. */
class GroupCommitTransactionsTest {

    @TempDir
    Path dir;
    Database database;
    /** The engine's transactions, counting the commits they run. */
    final AtomicInteger transactionsRun = new AtomicInteger();
    Transactions counted;
    final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeEach
    void open() {
        database = Database.open(Settings.load(Map.of("casebook.data.dir", dir.toString())));
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE probe (id INT PRIMARY KEY)"));
        JdbiTransactions engine = new JdbiTransactions(database.jdbi());
        counted = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactionsRun.incrementAndGet();
                return engine.inTransaction(work);
            }
        };
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        database.close();
    }

    @Test
    void callersWaitingTogetherShareOneCommitAndEachGetsItsOwnResult() throws Exception {
        try (GroupCommitTransactions group = new GroupCommitTransactions(counted, 1, 64, "test-commit")) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdTheCommitter(group, release, 0);
            List<Future<Integer>> others = lineUp(group, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
            for (int i = 1; i <= 10; i++) {
                assertThat(others.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(transactionsRun).as("the first commit, then one for the ten").hasValue(2);
            assertThat(stored()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    void aFailingWorkFailsAloneAndTheOthersOfItsBatchAreCommitted() throws Exception {
        database.jdbi().useHandle(h -> h.execute("INSERT INTO probe (id) VALUES (3)"));
        try (GroupCommitTransactions group = new GroupCommitTransactions(counted, 1, 64, "test-commit")) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdTheCommitter(group, release, 100);
            List<Future<Integer>> batch = lineUp(group, 1, 2, 3, 4); // 3 is taken: its insert fails
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(100);
            assertThat(batch.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(batch.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThatThrownBy(() -> batch.get(2).get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
            assertThat(batch.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(4);
            assertThat(transactionsRun).as("first, the failed batch, then each of its four alone").hasValue(6);
            assertThat(stored()).containsExactlyInAnyOrder(1, 2, 3, 4, 100);
        }
    }

    @Test
    void closingCommitsWhatIsWaitingThenRefusesNewWork() throws Exception {
        GroupCommitTransactions group = new GroupCommitTransactions(counted, 1, 64, "test-commit");
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = holdTheCommitter(group, release, 1);
        Future<Integer> second = lineUp(group, 2).get(0);
        Future<?> closing = callers.submit(group::close);
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);

        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(2);
        assertThat(stored()).containsExactlyInAnyOrder(1, 2);
        assertThatThrownBy(() -> group.inTransaction(() -> insert(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopping");
    }

    @Test
    void batchesHoldAtMostTheirLimit() throws Exception {
        try (GroupCommitTransactions group = new GroupCommitTransactions(counted, 1, 3, "test-commit")) {
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> first = holdTheCommitter(group, release, 0);
            List<Future<Integer>> others = lineUp(group, 1, 2, 3, 4, 5, 6, 7);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<Integer> other : others) {
                other.get(10, TimeUnit.SECONDS);
            }
            assertThat(transactionsRun).as("the first, then 3 + 3 + 1").hasValue(4);
        }
    }

    @Test
    void twoCommittersCommitTwoBatchesAtOnce() throws Exception {
        try (GroupCommitTransactions group = new GroupCommitTransactions(counted, 2, 64, "test-commit")) {
            CountDownLatch bothIn = new CountDownLatch(2);
            // Each work waits until the other's is running too: only two committers at once let both finish.
            // The second is sent once the first runs, so that it cannot join the first one's batch.
            List<Future<Integer>> works = new ArrayList<>();
            for (int id : new int[] {1, 2}) {
                works.add(callers.submit(() -> group.inTransaction(() -> {
                    bothIn.countDown();
                    held(bothIn);
                    return insert(id);
                })));
                await().until(() -> bothIn.getCount() == 2 - id);
            }
            assertThat(works.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(works.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(stored()).containsExactlyInAnyOrder(1, 2);
        }
    }

    @Test
    void noCommitterOrAnEmptyBatchIsRefused() {
        assertThatThrownBy(() -> new GroupCommitTransactions(counted, 1, 0, "test-commit"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new GroupCommitTransactions(counted, 0, 64, "test-commit"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    /** A work that holds the (only) committer, in its transaction, until released. */
    private Future<Integer> holdTheCommitter(GroupCommitTransactions group, CountDownLatch release, int id) {
        Future<Integer> work = callers.submit(() -> group.inTransaction(() -> {
            held(release);
            return insert(id);
        }));
        await().until(() -> transactionsRun.get() == 1);
        return work;
    }

    /** Callers inserting these ids, once all of them wait for the committer. */
    private List<Future<Integer>> lineUp(GroupCommitTransactions group, int... ids) {
        List<Future<Integer>> works = new ArrayList<>();
        for (int id : ids) {
            works.add(callers.submit(() -> group.inTransaction(() -> insert(id))));
        }
        await().until(() -> group.waiting() == ids.length);
        return works;
    }

    private int insert(int id) {
        database.jdbi().useHandle(h -> h.execute("INSERT INTO probe (id) VALUES (?)", id));
        return id;
    }

    private List<Integer> stored() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM probe").mapTo(Integer.class).list());
    }

    private static void held(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
