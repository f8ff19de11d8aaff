package io.casebook.adapter.in.rest.dto;

import java.util.List;

/** One case in {@code PATCH /api/cases}: id, version and any of the updatable fields (owner only to refuse it). */
public record CasePatchRequest(String id, String version, String title, String description, List<String> tags,
                               String status, String severity, List<AssigneeDto> assignees, String category,
                               ConnectorDto connector, SettingsDto settings, List<CustomFieldDto> customFields,
                               String owner) {
}
