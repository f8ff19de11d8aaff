package io.casebook.application.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Kibana's per-connector entry of {@code GET /internal/cases/{id}/_connectors}: the connector, the fields last
 * set for it, whether the case was ever pushed there and needs pushing again, with the first and last push
 * dates and the last {@code externalService}; plus what the outbox holds for it (waiting, sending, failed).
 */
public record ConnectorPushStatus(String id, String name, String type, Map<String, Object> fields,
                                  boolean hasBeenPushed, boolean needsToBePushed, Instant oldestPush,
                                  Instant latestPush, Map<String, Object> externalService, List<PushState> outbox) {
}
