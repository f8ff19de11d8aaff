package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.Transactions;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * Transactions over JDBI. Stores call {@code jdbi.withHandle}, which reuses the handle a surrounding
 * {@code inTransaction} opened on this thread, so their statements join the transaction.
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
