package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casebook.adapter.in.rest.dto.ConnectorDto;
import io.casebook.adapter.in.rest.dto.UserDto;

import java.util.List;
import java.util.Map;

/**
 * A configuration as Kibana returns it ({@code mappings} stay empty until connectors define them), plus
 * Casebook's {@code push_on_change} last.
 */
public record ConfigurationResponse(
        String id,
        String version,
        String owner,
        @JsonProperty("closure_type") String closureType,
        ConnectorDto connector,
        List<CustomFieldDefinitionDto> customFields,
        List<TemplateDto> templates,
        List<Map<String, String>> mappings,
        String error,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") UserDto createdBy,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("updated_by") UserDto updatedBy,
        @JsonProperty("push_on_change") PushOnChangeDto pushOnChange) {
}
