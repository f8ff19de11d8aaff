package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Kibana's {@code _find} answer: a page of cases, its total and the status counts for the same filters. */
public record FindCasesResponse(
        List<CaseResponse> cases,
        int page,
        @JsonProperty("per_page") int perPage,
        long total,
        @JsonProperty("count_open_cases") long countOpenCases,
        @JsonProperty("count_in_progress_cases") long countInProgressCases,
        @JsonProperty("count_closed_cases") long countClosedCases) {
}
