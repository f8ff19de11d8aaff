package io.casebook.adapter.in.rest.connectors;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.WireFormats;
import io.casebook.application.connectors.CasePushStatus;
import io.casebook.application.connectors.ConnectorPushStatus;
import io.casebook.application.connectors.PushState;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kibana's {@code GET /internal/cases/{caseId}/_connectors}: per connector, its fields and push state. Casebook
 * adds {@code push.outbox}, what is waiting, being sent or failed for good, with the last error and the next
 * attempt, so a push that keeps failing is visible on the case instead of only in a log.
 */
public final class CasePushStatusApi implements ApiModule {

    private final CasePushStatus status;

    public CasePushStatusApi(CasePushStatus status) {
        this.status = status;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/internal/cases/{caseId}/_connectors", this::connectors);
    }

    private ApiResponse connectors(ApiRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (ConnectorPushStatus s : status.of(request.context(), request.pathParam("caseId"))) {
            Map<String, Object> push = new LinkedHashMap<>();
            push.put("needsToBePushed", s.needsToBePushed());
            push.put("hasBeenPushed", s.hasBeenPushed());
            if (s.hasBeenPushed()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("oldestUserActionPushDate", text(s.oldestPush()));
                details.put("latestUserActionPushDate", text(s.latestPush()));
                details.put("externalService", s.externalService());
                push.put("details", details);
            }
            push.put("outbox", s.outbox().stream().map(CasePushStatusApi::outbox).toList());
            Map<String, Object> connector = new LinkedHashMap<>();
            connector.put("id", s.id());
            connector.put("name", s.name());
            connector.put("type", s.type());
            connector.put("fields", s.fields());
            connector.put("push", push);
            body.put(s.id(), connector);
        }
        return ApiResponse.ok(body);
    }

    private static Map<String, Object> outbox(PushState o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", o.state());
        m.put("reason", o.reason().wire());
        m.put("attempts", o.attempts());
        m.put("nextAttemptAt", "pending".equals(o.state()) ? text(o.dueAt()) : null);
        m.put("lastError", o.lastError());
        m.put("lastAttemptAt", text(o.lastAttemptAt()));
        return m;
    }

    private static String text(Instant at) {
        return at == null ? null : WireFormats.instant(at);
    }
}
