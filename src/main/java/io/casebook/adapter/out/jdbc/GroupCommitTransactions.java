package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Group commit: the work of concurrent callers runs on a few committer threads, each taking as many works at a
 * time as are waiting (up to a batch) into one transaction, so a burst of small deliveries costs a few durable
 * commits instead of one each.
 * Each caller still returns only once its work is committed. When a batch fails, each of its works is run again
 * in a transaction of its own, so one caller's failure stays its own.
 *
 * <p>Only for work that touches nothing but the database (it may run twice) and that no caller runs inside a
 * transaction of its own (it runs on another thread, outside it): alert intake.
 */
public final class GroupCommitTransactions implements Transactions, AutoCloseable {

    private final Transactions transactions;
    private final int maxBatch;
    private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * {@code committers} threads: more than one lets the next batch be prepared (its statements run) while
     * another commits.
     */
    public GroupCommitTransactions(Transactions transactions, int committers, int maxBatch, String name) {
        if (maxBatch < 1 || committers < 1) {
            throw new IllegalArgumentException("group commit needs at least 1 committer and 1 work per batch, not "
                    + committers + " and " + maxBatch);
        }
        this.transactions = transactions;
        this.maxBatch = maxBatch;
        for (int i = 0; i < committers; i++) {
            Thread committer = new Thread(this::commitWhileOpen, name + "-" + i);
            committer.start();
            this.committers.add(committer);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (closed) {
            throw new IllegalStateException("the engine is stopping: no new transactions");
        }
        Pending<T> pending = new Pending<>(work);
        waiting.add(pending);
        // Closed meanwhile: the committers may have found the queue empty and stopped before this work arrived.
        // Taken back, it is refused; if a committer took it first, it is committed and answered as usual.
        if (closed && waiting.remove(pending)) {
            throw new IllegalStateException("the engine is stopping: no new transactions");
        }
        return pending.await();
    }

    private void commitWhileOpen() {
        List<Pending<?>> batch = new ArrayList<>(maxBatch);
        while (!closed || !waiting.isEmpty()) {
            Pending<?> first;
            try {
                first = waiting.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            waiting.drainTo(batch, maxBatch - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Pending<?>> batch) {
        if (batch.size() == 1) {
            batch.get(0).runAlone(transactions);
            return;
        }
        List<Object> results;
        try {
            results = transactions.inTransaction(() -> {
                List<Object> done = new ArrayList<>(batch.size());
                for (Pending<?> pending : batch) {
                    done.add(pending.work.get());
                }
                return done;
            });
        } catch (RuntimeException | Error e) {
            // One work failed and rolled back everyone's: each on its own, so only the failing one fails.
            batch.forEach(pending -> pending.runAlone(transactions));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result.complete(results.get(i));
        }
    }

    /** Works waiting for the committer (for tests that line callers up). */
    int waiting() {
        return waiting.size();
    }

    /** Stops taking work, commits what is waiting, and stops the committers. */
    @Override
    public void close() {
        closed = true;
        try {
            for (Thread committer : committers) {
                committer.join(TimeUnit.SECONDS.toMillis(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's work and the future it waits on. */
    private static final class Pending<T> {
        final Supplier<T> work;
        final CompletableFuture<Object> result = new CompletableFuture<>();

        Pending(Supplier<T> work) {
            this.work = work;
        }

        void runAlone(Transactions transactions) {
            try {
                result.complete(transactions.inTransaction(work));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }

        @SuppressWarnings("unchecked")
        T await() {
            try {
                return (T) result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a commit", e);
            } catch (ExecutionException e) {
                // The caller sees the work's own exception, as if it had run the work itself.
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
