package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casebook.adapter.in.rest.dto.ConnectorDto;

import java.util.List;

/** Body of {@code POST /api/cases/configure}. */
public record ConfigurationRequest(String owner, @JsonProperty("closure_type") String closureType,
                                   ConnectorDto connector, List<CustomFieldDefinitionDto> customFields,
                                   List<TemplateDto> templates) {
}
