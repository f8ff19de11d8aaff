package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.Transactions;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * Transactions over JDBI. Stores call {@code jdbi.withHandle}, which reuses the handle a surrounding
 * {@code inTransaction} opened on this thread, so their statements join the transaction (a use case called
 * inside another's joins it). A commit is durable once it returns on both databases: PostgreSQL flushes its
 * WAL, and the embedded H2 runs with {@code WRITE_DELAY=0} (see {@link Database#embeddedUrl}).
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
