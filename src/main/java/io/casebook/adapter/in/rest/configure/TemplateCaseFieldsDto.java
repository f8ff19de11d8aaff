package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.casebook.adapter.in.rest.dto.AssigneeDto;
import io.casebook.adapter.in.rest.dto.ConnectorDto;
import io.casebook.adapter.in.rest.dto.CustomFieldDto;
import io.casebook.adapter.in.rest.dto.SettingsDto;

import java.util.List;

/** A template's {@code caseFields}: any subset of a case's fields; only the ones set are written back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateCaseFieldsDto(String title, String description, List<String> tags, String severity,
                                    String category, List<AssigneeDto> assignees, ConnectorDto connector,
                                    SettingsDto settings, List<CustomFieldDto> customFields) {
}
