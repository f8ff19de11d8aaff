package io.casebook.adapter.in.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The case-list paths must win over {@code /api/cases/{caseId}} whatever order modules register in. */
class ApiRoutesPrecedenceTest {

    private static final ApiHandler BY_ID = request -> ApiResponse.ok("by-id");
    private static final ApiHandler LITERAL = request -> ApiResponse.ok("literal");

    @Test
    void literalSegmentsBeatTheCaseIdParameterInEitherRegistrationOrder() {
        ApiRoutes idFirst = new ApiRoutes().get("/api/cases/{caseId}", BY_ID);
        ApiRoutes idLast = new ApiRoutes();
        for (String literal : new String[]{"_find", "tags", "reporters", "status"}) {
            idFirst.get("/api/cases/" + literal, LITERAL);
            idLast.get("/api/cases/" + literal, LITERAL);
        }
        idLast.get("/api/cases/{caseId}", BY_ID);

        for (ApiRoutes routes : new ApiRoutes[]{idFirst, idLast}) {
            for (String literal : new String[]{"_find", "tags", "reporters", "status"}) {
                assertThat(handlerOf(routes, "/api/cases/" + literal)).isSameAs(LITERAL);
            }
            assertThat(handlerOf(routes, "/api/cases/0b1e6f3a")).isSameAs(BY_ID);
        }
    }

    private static ApiHandler handlerOf(ApiRoutes routes, String path) {
        return routes.match("GET", path).orElseThrow().route().handler();
    }
}
