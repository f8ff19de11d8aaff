package io.casebook.application.connectors;

import io.casebook.application.CaseService;
import io.casebook.application.RequestContext;
import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.application.port.PushQueue;
import io.casebook.application.port.Transactions;
import io.casebook.domain.Case;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.CasesException;
import io.casebook.domain.ClosureType;
import io.casebook.domain.ExternalService;
import io.casebook.domain.User;
import io.casebook.domain.UserAction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping after a successful push, in one transaction as Kibana's step 6: {@code external_service} on
 * the case, {@code pushed_at/by} on its attachments, a {@code pushed} action, and close-by-pushing; and the
 * push leaves the outbox in the same commit, so it is recorded exactly when it stops being owed.
 */
final class PushRecorder {

    private final CaseStore cases;
    private final AttachmentStore attachments;
    private final UserActionLog userActions;
    private final ConfigurationStore configurations;
    private final PushQueue queue;
    private final Transactions tx;
    private final Clock clock;

    PushRecorder(CaseStore cases, AttachmentStore attachments, UserActionLog userActions,
                 ConfigurationStore configurations, PushQueue queue, Transactions tx, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.userActions = userActions;
        this.configurations = configurations;
        this.queue = queue;
        this.tx = tx;
        this.clock = clock;
    }

    Case record(PushTicket ticket, ExternalService pushed) {
        RequestContext ctx = new RequestContext(ticket.space(), ticket.requestedBy());
        String caseId = ticket.caseId();
        return tx.inTransaction(() -> {
            // Reloaded under the row lock: the case may have changed while the external system answered.
            if (!attachments.lockCase(ctx.space(), caseId)) {
                throw CaseService.notFound(caseId);
            }
            Case c = cases.find(ctx.space(), caseId).orElseThrow(() -> CaseService.notFound(caseId));
            Instant now = clock.instant();
            User by = ctx.user();
            ExternalService service = new ExternalService(pushed.connectorId(), pushed.connectorName(),
                    pushed.externalId(), pushed.externalTitle(), pushed.externalUrl(), now, by);
            c.setExternalService(service);
            List<UserAction> actions = new ArrayList<>();
            actions.add(UserActionLog.action(c, "pushed", "push_to_service",
                    Map.of("externalService", payload(service)), null, by, now));
            boolean closeByPushing = configurations.findByOwner(ctx.space(), c.getOwner())
                    .map(conf -> conf.closureType() == ClosureType.CLOSE_BY_PUSHING).orElse(false);
            if (closeByPushing && c.getStatus() != CaseStatus.CLOSED) {
                c.changeStatus(CaseStatus.CLOSED, by, now);
                actions.add(UserActionLog.action(c, "status", "update",
                        Map.of("status", CaseStatus.CLOSED.wire()), null, by, now));
            }
            c.touch(by, now);
            if (!cases.update(c, c.getVersion())) {
                throw CasesException.conflict("This case " + caseId
                        + " has been updated. Please refresh before saving additional updates.");
            }
            attachments.markPushed(ctx.space(), caseId, now, by);
            userActions.record(c, actions);
            queue.delivered(ticket);
            return c;
        });
    }

    /** Kibana's {@code payload.externalService}: the case's external_service in snake_case. */
    static Map<String, Object> payload(ExternalService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connector_id", s.connectorId());
        m.put("connector_name", s.connectorName());
        m.put("external_id", s.externalId());
        m.put("external_title", s.externalTitle());
        m.put("external_url", s.externalUrl());
        m.put("pushed_at", s.pushedAt().toString());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", s.pushedBy().username());
        user.put("full_name", s.pushedBy().fullName());
        user.put("email", s.pushedBy().email());
        user.put("profile_uid", s.pushedBy().profileUid());
        m.put("pushed_by", user);
        return m;
    }
}
