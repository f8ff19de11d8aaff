package io.casebook.application.connectors;

import io.casebook.application.CaseChangeListener;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.domain.Case;
import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.User;
import io.casebook.domain.UserAction;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pushes a change queues on its own, in the change's transaction: to the case's connector when its
 * owner's configure {@code push_on_change} watches that kind of change; and, when a pushed case is closed or
 * reopened, to the connector it was pushed to if that instance follows status ({@code caseStatusMapping}).
 * Queued pushes wait out the coalescing window, so a burst of changes is one push.
 */
public final class AutoPush implements CaseChangeListener {

    private final PushOutbox outbox;
    private final ConnectorService connectors;
    private final ConfigurationStore configurations;

    public AutoPush(PushOutbox outbox, ConnectorService connectors, ConfigurationStore configurations) {
        this.outbox = outbox;
        this.connectors = connectors;
        this.configurations = configurations;
    }

    @Override
    public void changed(Case c, List<UserAction> actions) {
        Set<String> types = actions.stream().map(UserAction::type).collect(Collectors.toSet());
        User by = actions.get(actions.size() - 1).createdBy();
        if (types.contains("status") && c.getExternalService() != null) {
            String pushedTo = c.getExternalService().connectorId();
            connectors.find(c.getSpace(), pushedTo).filter(this::followsStatus)
                    .ifPresent(i -> outbox.request(c, pushedTo, PushReason.STATUS, by));
        }
        if (!c.getConnector().noConnector() && configurations.findByOwner(c.getSpace(), c.getOwner())
                .map(CaseConfiguration::pushOnChange).map(p -> p.watches(types)).orElse(false)) {
            outbox.request(c, c.getConnector().id(), PushReason.CHANGE, by);
        }
    }

    private boolean followsStatus(ConnectorInstance instance) {
        return connectors.typeOf(instance).map(t -> t.followsStatus(instance.config())).orElse(false);
    }
}
