package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.Transactions;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * Transactions over JDBI. Stores call {@code jdbi.withHandle}, which reuses the handle a surrounding
 * {@code inTransaction} opened on this thread, so their statements join the transaction.
 */
public final class JdbiTransactions implements Transactions {

    /** Transactions open on this thread, whichever instance opened them (they share the thread's handle). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final Jdbi jdbi;
    private final boolean checkpointAfterCommit;

    public JdbiTransactions(Jdbi jdbi) {
        this(jdbi, false);
    }

    /**
     * {@code checkpointAfterCommit} for H2: its MVStore keeps committed changes in memory and writes them
     * every WRITE_DELAY (500 ms), so a process killed right after a commit loses it (KillDuringBurstIT saw
     * it). CHECKPOINT writes them to the file before the caller acknowledges anything. PostgreSQL needs
     * none of this: its commit returns once the WAL is flushed.
     */
    public JdbiTransactions(Jdbi jdbi, boolean checkpointAfterCommit) {
        this.jdbi = jdbi;
        this.checkpointAfterCommit = checkpointAfterCommit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        T result;
        try {
            result = jdbi.inTransaction(handle -> work.get());
        } finally {
            depth[0]--;
        }
        // A use case called inside another's transaction joins it: only the outermost commit is a commit.
        if (checkpointAfterCommit && depth[0] == 0) {
            jdbi.useHandle(handle -> handle.execute("CHECKPOINT"));
        }
        return result;
    }
}
