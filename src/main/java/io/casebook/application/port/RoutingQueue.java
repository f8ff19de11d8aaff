package io.casebook.application.port;

import io.casebook.application.rules.ClaimedAlert;
import io.casebook.application.rules.PendingAlert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alert events waiting for the rules ({@code routed_at} null): the durable hand-off between ingestion and
 * routing. Calls inside a transaction share it.
 */
public interface RoutingQueue {

    /** Up to {@code limit} alerts with events to route (parked ones aside), oldest waiting event first. */
    List<PendingAlert> pending(int limit);

    /**
     * Locks those of the alerts no other transaction holds, and answers them with their events to route in
     * order; alerts held elsewhere, or with nothing left to route, are left out.
     */
    List<ClaimedAlert> claim(Collection<String> alertIds);

    /** The events are routed (they leave the queue). */
    void markRouted(Collection<String> eventIds, Instant at);

    /** For events of alerts that several rules take: which rules have applied each already. */
    Map<String, Set<String>> rulesDone(Collection<String> eventIds);

    /** Records that the rule applied these events (the others that take the alert may still be to come). */
    void ruleDone(Collection<String> eventIds, String ruleId);

    /**
     * Counts a failed attempt on the alerts' waiting events and keeps the error; events that reach
     * {@code maxAttempts} are parked (no longer routed, visible with their error). Answers how many were parked.
     */
    int recordFailure(Collection<String> alertIds, String error, int maxAttempts, Instant at);
}
