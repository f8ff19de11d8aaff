package io.casebook.application.port;

import io.casebook.application.connectors.PushState;
import io.casebook.application.connectors.PushTicket;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The durable outbox of pushes. A push is written here before anything is sent, claimed with a lease while it
 * is sent, and deleted once recorded on the case; a claim whose engine died runs out and is taken again.
 */
public interface PushQueue {

    /**
     * Queues a push due at {@code dueAt}, unless one for the same case and connector is already waiting (that
     * one will send the case as it is then, so this one would add nothing). Returns true when queued.
     */
    boolean enqueue(PushTicket ticket, Instant dueAt);

    /** Writes a push already claimed by the caller until {@code leaseUntil} (a push asked through the API). */
    void insertClaimed(PushTicket ticket, Instant leaseUntil);

    /**
     * Claims up to {@code limit} pushes that are due, or whose claim ran out, skipping cases whose push to
     * the same connector is still being sent, at most one per case and connector.
     */
    List<PushTicket> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Extends the claim of a push being sent. */
    void renew(String ticketId, Instant leaseUntil);

    /**
     * The push is recorded on the case: removes it, earlier failures of the same case and connector, and the
     * comments marked sent to that connector (the {@code pushed} action now says what the next push sends).
     */
    void delivered(PushTicket ticket);

    /** The case is gone: nothing left to push. */
    void drop(PushTicket ticket);

    /** Back to waiting until {@code dueAt}, or folded into a push of the same case already waiting. */
    void retryAt(PushTicket ticket, int attempts, Instant dueAt, String error, Instant at);

    /** Given up: kept, with its error, for the case's connector status. */
    void failed(PushTicket ticket, int attempts, String error, Instant at);

    /**
     * The external system accepted comment {@code commentKey} of the ticket's case: written at once and for good,
     * so a retry of a push that fails on a later call does not send it again.
     */
    void commentSent(PushTicket ticket, String commentKey, Instant at);

    /** The comments of the case already sent to the connector by attempts since its last recorded push. */
    Set<String> commentsSent(String space, String caseId, String connectorId);

    /** Every push the outbox holds for a case, oldest first. */
    List<PushState> forCase(String space, String caseId);
}
