package io.casebook.adapter.in.rest.connectors;

import java.util.Map;

/** Body of {@code PUT /api/actions/connector/{id}}: {@code {name, config, secrets}}; the type cannot change. */
public record ConnectorUpdateRequest(String name, Map<String, Object> config, Map<String, Object> secrets) {
}
