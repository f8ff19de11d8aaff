package io.casebook.application;

import io.casebook.domain.Case;

import java.util.List;

/** One page of the case list with the total it was cut from and the status counts shown beside it. */
public record FoundCases(List<Case> cases, int page, int perPage, long total, StatusCounts counts) {

    public FoundCases {
        cases = List.copyOf(cases);
    }
}
