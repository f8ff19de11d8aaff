package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kibana's {@code GET /api/cases/status} answer. */
public record CaseStatusCountsResponse(
        @JsonProperty("count_open_cases") long countOpenCases,
        @JsonProperty("count_in_progress_cases") long countInProgressCases,
        @JsonProperty("count_closed_cases") long countClosedCases) {
}
