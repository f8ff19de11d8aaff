package io.casebook.application.connectors;

import java.util.Map;

/** A connector to create or the new values of one: {@code typeId} is ignored on update, as Kibana does. */
public record NewConnector(String name, String typeId, Map<String, Object> config, Map<String, Object> secrets) {
}
