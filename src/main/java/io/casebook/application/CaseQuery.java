package io.casebook.application;

import io.casebook.domain.CaseLimits;
import io.casebook.domain.CasesException;

import java.util.Arrays;

/**
 * One page of the case list: filters, optional free-text search, sort and page. Built by the REST adapter after
 * it has checked Kibana's paging limits; the constructor keeps the invariants the store relies on.
 */
public record CaseQuery(CaseFilter filter, TextSearch search, SortField sortField, boolean ascending,
                        int page, int perPage) {

    /** Kibana's {@code sortField} values; the snake_case spellings are what older Kibana versions accepted. */
    public enum SortField {
        CREATED_AT("createdAt", "created_at"), UPDATED_AT("updatedAt", "updated_at"),
        CLOSED_AT("closedAt", "closed_at"), TITLE("title", "title"), CATEGORY("category", "category"),
        STATUS("status", "status"), SEVERITY("severity", "severity");

        private final String camel;
        private final String snake;

        SortField(String camel, String snake) {
            this.camel = camel;
            this.snake = snake;
        }

        public static SortField fromWire(String value) {
            return Arrays.stream(values()).filter(f -> f.camel.equals(value) || f.snake.equals(value))
                    .findFirst().orElseThrow(() -> CasesException.invalid("Invalid value \"" + value
                            + "\" supplied to \"sortField\""));
        }
    }

    public CaseQuery {
        filter = filter == null ? CaseFilter.NONE : filter;
        sortField = sortField == null ? SortField.CREATED_AT : sortField;
        if (page < 1 || perPage < 1 || perPage > CaseLimits.MAX_CASES_PER_PAGE
                || (long) page * perPage > CaseLimits.MAX_DOCS_PER_PAGE) {
            throw new IllegalArgumentException("page " + page + " × perPage " + perPage + " is out of range");
        }
    }

    /** Rows to skip before this page. */
    public int offset() {
        return (page - 1) * perPage;
    }

    /** The same page asked with another filter. */
    public CaseQuery withFilter(CaseFilter other) {
        return new CaseQuery(other, search, sortField, ascending, page, perPage);
    }
}
