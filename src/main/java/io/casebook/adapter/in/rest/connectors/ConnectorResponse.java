package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/**
 * A connector as Kibana's actions API shows it. There is no secrets field at all, so none can leak; config
 * is absent for preconfigured connectors and {@code referenced_by_count} only in lists, as in Kibana.
 */
@JsonPropertyOrder({"id", "name", "connector_type_id", "config", "is_preconfigured", "is_deprecated",
        "is_missing_secrets", "is_system", "referenced_by_count"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectorResponse(String id, String name,
                                @JsonProperty("connector_type_id") String connectorTypeId,
                                Map<String, Object> config,
                                @JsonProperty("is_preconfigured") boolean isPreconfigured,
                                @JsonProperty("is_deprecated") boolean isDeprecated,
                                @JsonProperty("is_missing_secrets") Boolean isMissingSecrets,
                                @JsonProperty("is_system") boolean isSystem,
                                @JsonProperty("referenced_by_count") Integer referencedByCount) {
}
