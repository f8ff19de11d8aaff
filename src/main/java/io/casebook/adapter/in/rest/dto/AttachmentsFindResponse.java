package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Answer of {@code GET /api/cases/{caseId}/comments/_find}. */
public record AttachmentsFindResponse(List<AttachmentResponse> comments, int page,
                                      @JsonProperty("per_page") int perPage, long total) {
}
