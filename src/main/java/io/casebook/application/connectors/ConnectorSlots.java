package io.casebook.application.connectors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** How many pushes may talk to one connector at once, so a burst of cases does not flood one Jira. */
final class ConnectorSlots {

    private final int perConnector;
    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

    ConnectorSlots(int perConnector) {
        this.perConnector = perConnector;
    }

    /** Waits for a slot of the connector; the returned handle gives it back. */
    AutoCloseable take(String connectorId) throws InterruptedException {
        Semaphore s = slots.computeIfAbsent(connectorId, id -> new Semaphore(perConnector, true));
        s.acquire();
        return s::release;
    }
}
