package io.casebook.adapter.out.jdbc;

import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One writing transaction at a time on the embedded H2 database. H2 2.5's MVStore saves each map's root in
 * turn when it stores a commit, so a store that runs while another connection is writing or committing can
 * put part of that connection's unfinished work on disk. After a SIGKILL, rows then stay locked by a
 * transaction that no longer exists (every insert of their key times out, for ever: KillDuringBurstIT's
 * redelivered alerts) and identity columns hand out numbers twice. In a reproduction (16 threads, repeated
 * SIGKILLs) that happened in about 1 kill in 20 and 1 in 3; with one writer at a time, in none of 38.
 * H2CommitDurabilityIT runs the cut-short transactions again after each kill and fails without this gate.
 * Turns are taken in the order asked for; reentrant, so a thread that writes on a second connection inside
 * its transaction does not wait for itself.
 */
final class H2WriteGate {

    private final Duration patience;
    private final Set<Long> abandoned = new HashSet<>();
    private Thread holder;
    private int holds;
    /** Turns are served in ticket order, so no writer (the rules router, say) waits behind later arrivals. */
    private long nextTicket;
    private long serving;

    H2WriteGate(Duration patience) {
        this.patience = patience;
    }

    /** Waits for the gate; a writer that never finishes shows up as a clear failure rather than a hang. */
    synchronized void enter() throws SQLTransientException {
        Thread me = Thread.currentThread();
        if (holder == me) {
            holds++;
            return;
        }
        long ticket = nextTicket++;
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (holder != null || serving != ticket) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    giveUp(ticket);
                    throw new SQLTransientException("No turn to write to the embedded H2 database within "
                            + patience + ": another transaction has been writing all that time"
                            + " (casebook.db.h2-write-wait-ms)");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            giveUp(ticket);
            Thread.currentThread().interrupt();
            throw new SQLTransientException("Interrupted while waiting to write to the embedded H2 database", e);
        }
        holder = me;
        holds = 1;
    }

    /**
     * Gives back one turn. Any thread may: a connection's transaction may end on another thread than the one
     * that wrote first, so the turn belongs to the connection, and the thread only makes it reentrant.
     */
    synchronized void leave() {
        if (holds > 0 && --holds == 0) {
            holder = null;
            serving++;
            skipAbandoned();
            notifyAll();
        }
    }

    /** How many threads wait for their turn (for tests and diagnostics). */
    synchronized int waiting() {
        return (int) (nextTicket - serving - abandoned.size()) - (holder == null ? 0 : 1);
    }

    private void giveUp(long ticket) {
        abandoned.add(ticket);
        skipAbandoned();
        notifyAll();
    }

    private void skipAbandoned() {
        while (abandoned.remove(serving)) {
            serving++;
        }
    }
}
