package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A case as Kibana's API returns it (field names and order of its OAS examples). */
public record CaseResponse(
        String id,
        String version,
        List<Object> comments,
        int totalComment,
        int totalAlerts,
        int totalEvents,
        String title,
        List<String> tags,
        List<AssigneeDto> assignees,
        String description,
        SettingsDto settings,
        String owner,
        List<CustomFieldDto> customFields,
        Long duration,
        String severity,
        @JsonProperty("closed_at") String closedAt,
        @JsonProperty("closed_by") UserDto closedBy,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") UserDto createdBy,
        String status,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("updated_by") UserDto updatedBy,
        String category,
        ConnectorDto connector,
        @JsonProperty("external_service") ExternalServiceDto externalService,
        @JsonProperty("incremental_id") Long incrementalId,
        @JsonProperty("in_progress_at") String inProgressAt,
        @JsonProperty("time_to_acknowledge") Long timeToAcknowledge,
        @JsonProperty("time_to_investigate") Long timeToInvestigate,
        @JsonProperty("time_to_resolve") Long timeToResolve) {
}
