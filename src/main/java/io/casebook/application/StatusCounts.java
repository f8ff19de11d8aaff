package io.casebook.application;

/** How many cases are open, in progress and closed (Kibana's {@code count_*_cases}). */
public record StatusCounts(long open, long inProgress, long closed) {
}
