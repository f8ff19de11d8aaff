package io.casebook.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A counter sampled every few milliseconds, with its timeline kept so the moment it first reached k can be
 * looked up afterwards. Mostly how many alerts the rules have put into cases ({@link #routed}: the engine's
 * in-memory counters of {@code GET /api/rules}, updated after each routing transaction commits).
 */
final class CommitWatch implements AutoCloseable {

    static final long POLL_MILLIS = 5;

    private final LongSupplier source;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private long[] times = new long[1 << 16];
    private long[] counts = new long[1 << 16];
    private int size;

    CommitWatch(LongSupplier source) {
        this.source = source;
        this.thread = new Thread(this::poll, "commit-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches the alerts the engine's rules have put into cases; answers once the first sample is in. */
    static CommitWatch routedInto(Engine engine) {
        Api api = engine.api();
        CommitWatch watch = new CommitWatch(() -> routed(api));
        watch.awaitFirstSample();
        return watch;
    }

    private void poll() {
        while (running.get()) {
            try {
                long count = source.getAsLong();
                long now = System.nanoTime();
                synchronized (this) {
                    if (size == times.length) {
                        times = Arrays.copyOf(times, size * 2);
                        counts = Arrays.copyOf(counts, size * 2);
                    }
                    times[size] = now;
                    counts[size] = count;
                    size++;
                    notifyAll();
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The engine is stopping, or busy: the next poll tells.
            }
        }
    }

    /** Alerts matched by the rules and committed into cases since the engine started. */
    static long routed(Api api) {
        JsonNode rules = api.get("/api/rules").json().path("rules");
        long sum = 0;
        for (JsonNode rule : rules) {
            sum += rule.path("counters").path("alerts_matched").asLong();
        }
        return sum;
    }

    synchronized void awaitFirstSample() {
        long deadline = System.currentTimeMillis() + 10_000;
        while (size == 0 && System.currentTimeMillis() < deadline) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    synchronized long current() {
        return size == 0 ? 0 : counts[size - 1];
    }

    /** Waits until the count reaches {@code target}; answers when it was first seen there, or -1 on timeout. */
    synchronized long awaitAtLeast(long target, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            long at = firstAtLeast(target);
            if (at >= 0) {
                return at;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return -1;
            }
            try {
                wait(Math.min(left, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    /** The time (nanoTime) of the first sample at or above {@code target}, or -1. Counts never decrease. */
    synchronized long firstAtLeast(long target) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (counts[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < size ? times[lo] : -1;
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
    }
}
