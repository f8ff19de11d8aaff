package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casebook.adapter.in.rest.dto.ConnectorDto;

import java.util.List;

/** Body of {@code PATCH /api/cases/configure/{configurationId}}; all but {@code version} optional. */
public record ConfigurationPatchRequest(String version, @JsonProperty("closure_type") String closureType,
                                        ConnectorDto connector, List<CustomFieldDefinitionDto> customFields,
                                        List<TemplateDto> templates,
                                        @JsonProperty("push_on_change") PushOnChangeDto pushOnChange) {
}
