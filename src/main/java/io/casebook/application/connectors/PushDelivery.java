package io.casebook.application.connectors;

import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.ConnectorCalls;
import io.casebook.application.port.PushQueue;
import io.casebook.application.port.UserActionStore;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.SecretRedactingHttp;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorPusher.ExternalRecord;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CasesException;
import io.casebook.domain.ExternalService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt at one claimed push, Kibana's pipeline: read the case as it is now, work out what changed since
 * the last push to that connector, send it (outside any transaction, inside the connector's concurrency slot),
 * then record it on the case and clear the outbox row together. A failure schedules the next attempt or
 * gives up, and stays visible on the case's connectors.
 */
public final class PushDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(PushDelivery.class);

    private final CaseStore cases;
    private final AttachmentStore attachments;
    private final UserActionStore log;
    private final ConnectorService connectors;
    private final ConnectorCalls calls;
    private final PushRecorder recorder;
    private final PushQueue queue;
    private final RetrySchedule retries;
    private final ConnectorSlots slots;
    private final PushSettings settings;
    private final Clock clock;

    PushDelivery(CaseStore cases, AttachmentStore attachments, UserActionStore log, ConnectorService connectors,
                 ConnectorCalls calls, PushRecorder recorder, PushQueue queue, PushSettings settings, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.log = log;
        this.connectors = connectors;
        this.calls = calls;
        this.recorder = recorder;
        this.queue = queue;
        this.retries = new RetrySchedule(settings);
        this.slots = new ConnectorSlots(settings.maxConcurrentPerConnector());
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The instance's pusher calling out through {@code http}, with its secrets redacted from what comes back;
     * 400 when its type cannot push.
     */
    ConnectorPusher pusher(ConnectorInstance connector, ExternalHttp http) {
        return connectors.typeOf(connector).flatMap(t -> t.pusher(connector.config(), connector.secrets(),
                SecretRedactingHttp.of(http, connector.secrets())))
                .orElseThrow(() -> CasesException.invalid("Pushing to connectors of type " + connector.typeId()
                        + " is not supported yet"));
    }

    /**
     * Sends the claimed push once and settles its outbox row. The connector's slot is held while the case is read
     * and sent, not while the push is recorded: our own commit should not hold back the next push to the same
     * system (the slot limits calls to it, not our database work).
     */
    PushOutcome deliver(PushTicket ticket) {
        Attempt attempt;
        try (AutoCloseable slot = slots.take(ticket.connectorId())) {
            attempt = send(ticket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failedAttempt(ticket, PushFailedException.transientFailure("Interrupted (engine stopping)", null, e));
        } catch (Exception e) {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        return attempt.settled != null ? attempt.settled : record(ticket, attempt.connector, attempt.record);
    }

    /** What one send came to: the external record to record, or the outcome already settled. */
    private record Attempt(ConnectorInstance connector, ExternalRecord record, PushOutcome settled) {
        static Attempt settled(PushOutcome outcome) {
            return new Attempt(null, null, outcome);
        }
    }

    private PushOutcome record(PushTicket ticket, ConnectorInstance connector, ExternalRecord record) {
        try {
            return new PushOutcome.Delivered(recorder.record(ticket, new ExternalService(connector.id(),
                    connector.name(), record.id(), record.title(), record.url(), null, ticket.requestedBy())));
        } catch (CasesException e) {
            return settle(ticket, e);
        } catch (RuntimeException e) {
            LOG.warn("Recording the push of case {} to {} failed", ticket.caseId(), ticket.connectorId(), e);
            return failedAttempt(ticket, PushFailedException.transientFailure(String.valueOf(e.getMessage()), null, e));
        }
    }

    private PushOutcome settle(PushTicket ticket, CasesException e) {
        if (e.reason() == CasesException.Reason.NOT_FOUND) {
            queue.drop(ticket); // deleted while the external system answered
            return new PushOutcome.Dropped();
        }
        return failedAttempt(ticket, PushFailedException.transientFailure(e.getMessage(), null, e));
    }

    private Attempt send(PushTicket ticket) {
        Optional<Case> found = cases.find(ticket.space(), ticket.caseId());
        if (found.isEmpty()) {
            queue.drop(ticket);
            return Attempt.settled(new PushOutcome.Dropped());
        }
        ConnectorInstance connector;
        ConnectorPusher pusher;
        try {
            connector = connectors.get(ticket.space(), ticket.connectorId());
            pusher = pusher(connector, calls.forPush(connector.id(), new LeaseKeeper(ticket.id())::renewIfDue));
        } catch (CasesException gone) {
            return Attempt.settled(gaveUp(ticket, ticket.attempts() + 1, gone.getMessage()));
        }
        PushRequest request = null;
        try {
            request = request(ticket, found.get(), connector.id());
            return new Attempt(connector, pusher.push(request), null);
        } catch (PushFailedException e) {
            return Attempt.settled(failedAttempt(ticket, e, request != null && request.externalId() == null));
        } catch (CasesException e) {
            return Attempt.settled(settle(ticket, e));
        } catch (RuntimeException e) {
            // Our side (database, a bug in a type): worth another attempt, and it must not lose the push.
            LOG.warn("Push of case {} to {} failed on our side", ticket.caseId(), ticket.connectorId(), e);
            return Attempt.settled(failedAttempt(ticket, PushFailedException.transientFailure(
                    String.valueOf(e.getMessage()), null, e)));
        }
    }

    /**
     * The push as the connector sees it, without the comments earlier attempts already delivered; each comment
     * the connector reports accepted is marked delivered at once, in its own commit, for the next attempt.
     */
    private PushRequest request(PushTicket ticket, Case c, String connectorId) {
        var actions = log.find(c.getId(), Set.of(), true, 0, CaseLimits.MAX_USER_ACTIONS_PER_CASE).items();
        PushPlan plan = PushPlan.of(c, connectorId, actions, attachments.findByCase(c.getSpace(), c.getId()),
                queue.commentsSent(c.getSpace(), c.getId(), connectorId));
        Map<String, Object> fields = c.getConnector() != null && connectorId.equals(c.getConnector().id())
                ? c.getConnector().fields() : Map.of();
        Map<PushRequest.Comment, String> keys = new HashMap<>();
        plan.comments().forEach(p -> keys.put(p.comment(), p.sentKey()));
        PushRequest.CommentListener listener = comment -> {
            String key = keys.get(comment);
            if (key != null) {
                queue.commentSent(ticket, key, clock.instant());
            }
        };
        return new PushRequest(c.getId(), plan.externalId(), c.getTitle(),
                c.getDescription() + "\n\nAdded by " + ticket.requestedBy().displayName() + ".", c.getTags(),
                fields, plan.comments().stream().map(PushPlan.PlannedComment::comment).toList(),
                c.getSeverity().wire(), c.getStatus().wire(), listener, new LazyCaseAlerts(attachments, c.getId()));
    }

    private PushOutcome failedAttempt(PushTicket ticket, PushFailedException failure) {
        return failedAttempt(ticket, failure, false);
    }

    /** {@code creating}: the attempt had no external record yet, so an unanswered call may have made one. */
    private PushOutcome failedAttempt(PushTicket ticket, PushFailedException failure, boolean creating) {
        int attempts = ticket.attempts() + 1;
        Instant now = clock.instant();
        Optional<Instant> next = retries.next(attempts, failure, creating, now);
        if (next.isEmpty()) {
            return gaveUp(ticket, attempts, failure.getMessage());
        }
        LOG.warn("Push of case {} to connector {} failed (attempt {} of {}), next attempt at {}: {}",
                ticket.caseId(), ticket.connectorId(), attempts, retries.maxAttempts(), next.get(),
                failure.getMessage());
        queue.retryAt(ticket, attempts, next.get(), failure.getMessage(), now);
        return new PushOutcome.WillRetry(failure.getMessage(), attempts, next.get());
    }

    private PushOutcome gaveUp(PushTicket ticket, int attempts, String error) {
        LOG.warn("Push of case {} to connector {} failed for good after {} attempt(s): {}", ticket.caseId(),
                ticket.connectorId(), attempts, error);
        queue.failed(ticket, attempts, error, clock.instant());
        return new PushOutcome.Failed(error, attempts);
    }

    /** Keeps the claim alive while a long push calls out: renewed before a call once half of it has passed. */
    private final class LeaseKeeper {

        private final String ticketId;
        private Instant renewAt;

        LeaseKeeper(String ticketId) {
            this.ticketId = ticketId;
            this.renewAt = clock.instant().plus(settings.lease().dividedBy(2));
        }

        void renewIfDue() {
            Instant now = clock.instant();
            if (!now.isBefore(renewAt)) {
                queue.renew(ticketId, now.plus(settings.lease()));
                renewAt = now.plus(settings.lease().dividedBy(2));
            }
        }
    }
}
