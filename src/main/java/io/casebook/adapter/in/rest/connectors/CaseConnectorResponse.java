package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** One entry of {@code GET /api/cases/configure/connectors/_find} (Kibana's camelCase shape, no secrets). */
@JsonPropertyOrder({"id", "name", "actionTypeId", "config", "isPreconfigured", "isDeprecated",
        "isMissingSecrets", "referencedByCount"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseConnectorResponse(String id, String name, String actionTypeId, Map<String, Object> config,
                                    boolean isPreconfigured, boolean isDeprecated, Boolean isMissingSecrets,
                                    int referencedByCount) {
}
