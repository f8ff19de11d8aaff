package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One entry of {@code GET /api/actions/connector_types}. */
@JsonPropertyOrder({"id", "name", "enabled", "enabled_in_config", "enabled_in_license",
        "minimum_license_required", "supported_feature_ids", "is_system_action_type"})
public record ConnectorTypeResponse(String id, String name, boolean enabled,
                                    @JsonProperty("enabled_in_config") boolean enabledInConfig,
                                    @JsonProperty("enabled_in_license") boolean enabledInLicense,
                                    @JsonProperty("minimum_license_required") String minimumLicenseRequired,
                                    @JsonProperty("supported_feature_ids") List<String> supportedFeatureIds,
                                    @JsonProperty("is_system_action_type") boolean isSystemActionType) {
}
