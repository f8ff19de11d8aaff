package io.casebook.application.port;

import java.util.function.Supplier;

/** Runs a unit of work atomically: every store call made inside it commits or rolls back together. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
