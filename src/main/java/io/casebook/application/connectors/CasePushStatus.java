package io.casebook.application.connectors;

import io.casebook.application.CaseService;
import io.casebook.application.RequestContext;
import io.casebook.application.port.CaseStore;
import io.casebook.application.port.LoggedUserAction;
import io.casebook.application.port.PushQueue;
import io.casebook.application.port.UserActionStore;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.UserAction;
import io.casebook.domain.UserActionTypes;
import io.casebook.domain.security.CaseAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kibana's {@code _connectors} for a case, read from its log as Kibana's {@code get_connectors.ts} does: every
 * connector the case was ever set to or pushed to (that still exists), the fields last chosen for it, and
 * whether something pushable (title, description, tags, comments, alerts, that connector's fields) changed
 * after the last push. Status and severity changes do not make a case need a push, as in Kibana.
 */
public final class CasePushStatus {

    private static final Set<String> PUSHABLE = Set.of("title", "description", "tags", UserActionTypes.COMMENT);

    private final CaseStore cases;
    private final UserActionStore log;
    private final PushQueue queue;
    private final ConnectorService connectors;

    CasePushStatus(CaseStore cases, UserActionStore log, PushQueue queue, ConnectorService connectors) {
        this.cases = cases;
        this.log = log;
        this.queue = queue;
        this.connectors = connectors;
    }

    public List<ConnectorPushStatus> of(RequestContext ctx, String caseId) {
        // Kibana authorizes this as reading the case's user actions, which it is built from.
        Case c = CaseService.authorized(ctx, cases.find(ctx.space(), caseId)
                .orElseThrow(() -> CaseService.notFound(caseId)), CaseAction.GET_USER_ACTIONS);
        List<UserAction> actions = log.find(caseId, Set.of(), true, 0, CaseLimits.MAX_USER_ACTIONS_PER_CASE).items()
                .stream().map(LoggedUserAction::action).toList();
        List<PushState> outbox = queue.forCase(ctx.space(), caseId);
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        for (UserAction a : actions) {
            connectorOf(a).ifPresent(ref -> fields.put(String.valueOf(ref.get("id")), fieldsOf(ref)));
            String pushedTo = PushPlan.pushedConnector(a);
            if (pushedTo != null) {
                fields.putIfAbsent(pushedTo, null);
            }
        }
        if (!c.getConnector().noConnector()) {
            fields.put(c.getConnector().id(), c.getConnector().fields());
        }
        outbox.forEach(o -> fields.putIfAbsent(o.connectorId(), null));
        fields.remove("none");
        List<ConnectorPushStatus> out = new ArrayList<>();
        fields.forEach((id, f) -> connectors.find(ctx.space(), id)
                .ifPresent(i -> out.add(status(i, f, actions, outbox))));
        return out;
    }

    private static ConnectorPushStatus status(ConnectorInstance connector, Map<String, Object> fields,
                                              List<UserAction> actions, List<PushState> outbox) {
        Instant oldest = null;
        Instant latest = null;
        Map<String, Object> service = null;
        int lastPush = -1;
        for (int i = 0; i < actions.size(); i++) {
            UserAction a = actions.get(i);
            if (connector.id().equals(PushPlan.pushedConnector(a))) {
                oldest = oldest == null ? a.createdAt() : oldest;
                latest = a.createdAt();
                service = PushPlan.externalService(a);
                lastPush = i;
            }
        }
        boolean needsPush = lastPush < 0 || changedSince(actions.subList(lastPush + 1, actions.size()), connector.id());
        return new ConnectorPushStatus(connector.id(), connector.name(), connector.typeId(), fields, lastPush >= 0,
                needsPush, oldest, latest, service,
                outbox.stream().filter(o -> o.connectorId().equals(connector.id())).toList());
    }

    private static boolean changedSince(List<UserAction> after, String connectorId) {
        return after.stream().anyMatch(a -> PUSHABLE.contains(a.type())
                || ("connector".equals(a.type()) && connectorOf(a).map(ref -> connectorId.equals(
                String.valueOf(ref.get("id")))).orElse(false)));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> connectorOf(UserAction a) {
        if (!"connector".equals(a.type()) && !"create_case".equals(a.type())) {
            return Optional.empty();
        }
        Object ref = a.payload() == null ? null : a.payload().get("connector");
        return ref instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldsOf(Map<String, Object> ref) {
        return ref.get("fields") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
