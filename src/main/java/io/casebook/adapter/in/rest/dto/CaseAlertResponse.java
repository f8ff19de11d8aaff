package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code GET /api/cases/{caseId}/alerts}. */
public record CaseAlertResponse(String id, String index, @JsonProperty("attached_at") String attachedAt) {
}
