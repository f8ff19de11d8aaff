package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casebook.adapter.in.rest.dto.ConnectorDto;

import java.util.List;

/** Body of {@code POST /api/cases/configure}; {@code push_on_change} is Casebook's own (optional). */
public record ConfigurationRequest(String owner, @JsonProperty("closure_type") String closureType,
                                   ConnectorDto connector, List<CustomFieldDefinitionDto> customFields,
                                   List<TemplateDto> templates,
                                   @JsonProperty("push_on_change") PushOnChangeDto pushOnChange) {
}
