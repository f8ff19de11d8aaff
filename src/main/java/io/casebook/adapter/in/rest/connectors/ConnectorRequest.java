package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** Body of {@code POST /api/actions/connector[/{id}]}: {@code {name, connector_type_id, config, secrets}}. */
public record ConnectorRequest(String name, @JsonProperty("connector_type_id") String connectorTypeId,
                               Map<String, Object> config, Map<String, Object> secrets) {
}
