package io.casebook.application.connectors;

import io.casebook.application.CaseService;
import io.casebook.application.RequestContext;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.ConnectorCalls;
import io.casebook.application.port.PushQueue;
import io.casebook.application.port.Transactions;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.CaseAction;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Kibana's {@code POST /api/cases/{id}/connector/{connectorId}/_push}: the push is written to the outbox
 * (claimed by this request) before anything is sent, then sent at once. Success answers the pushed case as
 * Kibana does; a failure answers 424 with the external system's message, and a transient one is also retried
 * by the outbox, so a push once asked for is not lost to an outage or a restart.
 */
public final class PushCase {

    private final CaseStore cases;
    private final ConnectorService connectors;
    private final ConnectorCalls calls;
    private final PushQueue queue;
    private final PushDelivery delivery;
    private final PushSettings settings;
    private final Transactions tx;
    private final Clock clock;

    PushCase(CaseStore cases, ConnectorService connectors, ConnectorCalls calls, PushQueue queue,
             PushDelivery delivery, PushSettings settings, Transactions tx, Clock clock) {
        this.cases = cases;
        this.connectors = connectors;
        this.calls = calls;
        this.queue = queue;
        this.delivery = delivery;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    public Case push(RequestContext ctx, String caseId, String connectorId) {
        CaseService.authorized(ctx, cases.find(ctx.space(), caseId).orElseThrow(() -> CaseService.notFound(caseId)),
                CaseAction.PUSH_CASE);
        ConnectorInstance connector = connectors.get(ctx.space(), connectorId);
        delivery.pusher(connector, calls.forPush(connectorId, () -> { })); // 400 before queueing when it cannot push
        Instant now = clock.instant();
        PushTicket ticket = new PushTicket(UUID.randomUUID().toString(), ctx.space(), caseId, connectorId,
                PushReason.REQUEST, ctx.user(), now, 0);
        tx.run(() -> queue.insertClaimed(ticket, now.plus(settings.lease())));
        PushOutcome outcome = delivery.deliver(ticket);
        if (outcome instanceof PushOutcome.Delivered delivered) {
            return delivered.pushedCase();
        }
        if (outcome instanceof PushOutcome.WillRetry retry) {
            throw new CasesException(CasesException.Reason.DEPENDENCY_FAILED, retry.error()
                    + " (Casebook keeps the push and tries again at " + retry.nextAttempt() + ")");
        }
        if (outcome instanceof PushOutcome.Failed failed) {
            throw new CasesException(CasesException.Reason.DEPENDENCY_FAILED, failed.error());
        }
        throw CaseService.notFound(caseId);
    }
}
