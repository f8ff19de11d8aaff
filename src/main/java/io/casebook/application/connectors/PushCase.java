package io.casebook.application.connectors;

import io.casebook.application.CaseService;
import io.casebook.application.RequestContext;
import io.casebook.application.UserActionLog;
import io.casebook.application.port.AttachmentStore;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.application.port.Transactions;
import io.casebook.application.port.UserActionStore;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorPusher.ExternalRecord;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CasesException;
import io.casebook.domain.ExternalService;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Kibana's {@code POST /api/cases/{id}/connector/{connectorId}/_push}, synchronously: works out what changed
 * since the last push to that connector, sends it, then records the result on the case. The external call runs
 * outside any transaction (no row lock held while Jira answers); a failure there changes nothing (424).
 */
public final class PushCase {

    private final CaseStore cases;
    private final AttachmentStore attachments;
    private final UserActionStore log;
    private final ConnectorService connectors;
    private final ExternalHttp http;
    private final PushRecorder recorder;

    public PushCase(CaseStore cases, AttachmentStore attachments, UserActionStore log, UserActionLog userActions,
                    ConfigurationStore configurations, ConnectorService connectors, ExternalHttp http,
                    Transactions tx, Clock clock) {
        this.cases = cases;
        this.attachments = attachments;
        this.log = log;
        this.connectors = connectors;
        this.http = http;
        this.recorder = new PushRecorder(cases, attachments, userActions, configurations, tx, clock);
    }

    public Case push(RequestContext ctx, String caseId, String connectorId) {
        Case c = cases.find(ctx.space(), caseId).orElseThrow(() -> CaseService.notFound(caseId));
        ConnectorInstance connector = connectors.get(ctx.space(), connectorId);
        ConnectorPusher pusher = connectors.types().stream().filter(t -> t.id().equals(connector.typeId()))
                .findFirst().flatMap(t -> t.pusher(connector.config(), connector.secrets(), http))
                .orElseThrow(() -> CasesException.invalid("Pushing to connectors of type " + connector.typeId()
                        + " is not supported yet"));
        var actions = log.find(caseId, Set.of(), true, 0, CaseLimits.MAX_USER_ACTIONS_PER_CASE).items();
        PushPlan plan = PushPlan.of(c, connectorId, actions, attachments.findByCase(ctx.space(), caseId));
        Map<String, Object> fields = c.getConnector() != null && connectorId.equals(c.getConnector().id())
                ? c.getConnector().fields() : Map.of();
        PushRequest request = new PushRequest(caseId, plan.externalId(), c.getTitle(),
                c.getDescription() + "\n\nAdded by " + ctx.user().displayName() + ".", c.getTags(), fields,
                plan.comments(), c.getSeverity().wire(), c.getStatus().wire());
        ExternalRecord record;
        try {
            record = pusher.push(request);
        } catch (PushFailedException e) {
            throw new CasesException(CasesException.Reason.DEPENDENCY_FAILED, e.getMessage());
        }
        return recorder.record(ctx, caseId, new ExternalService(connector.id(), connector.name(), record.id(),
                record.title(), record.url(), null, ctx.user()));
    }
}
