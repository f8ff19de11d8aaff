package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code GET /api/cases/{caseId}/alerts}: Kibana's {@code id, index, attached_at}, plus the
 * alert's status when it is an alert Casebook stored (Kibana keeps that on the alert document instead).
 */
public record CaseAlertResponse(String id, String index, @JsonProperty("attached_at") String attachedAt,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String status) {
}
