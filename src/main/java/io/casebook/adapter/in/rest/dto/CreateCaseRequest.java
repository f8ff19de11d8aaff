package io.casebook.adapter.in.rest.dto;

import java.util.List;

/** Body of {@code POST /api/cases}. */
public record CreateCaseRequest(String title, String description, List<String> tags, ConnectorDto connector,
                                SettingsDto settings, String owner, String severity, List<AssigneeDto> assignees,
                                String category, List<CustomFieldDto> customFields) {
}
