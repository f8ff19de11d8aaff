package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.api.security.MatrixTable.Grants;
import io.casebook.support.Api;
import io.casebook.support.Spaces;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix's endpoints of a whole space: the lists that narrow to the readable owners (which owners come back
 * is the check, and none readable is 403), and the connectors, alerts and rules features with their levels.
 */
final class SpaceEndpoints {

    private static final Map<String, Object> ISSUE_TYPES =
            Map.of("params", Map.of("subAction", "issueTypes", "subActionParams", Map.of()));

    private SpaceEndpoints() {
    }

    /** {@code keyOf} answers the cell's user calling with an API key of theirs instead of their password. */
    static List<MatrixEndpoint> all(MatrixWorld w, Function<MatrixCell, Api> keyOf) {
        return List.of(
                new MatrixEndpoint("GET /api/cases/_find (owners narrowed)", SpaceEndpoints::readsAnOwner,
                        c -> findOwners(c, c.caller())),
                new MatrixEndpoint("GET /api/cases/_find with the user's API key", SpaceEndpoints::readsAnOwner,
                        c -> findOwners(c, keyOf.apply(c))),
                new MatrixEndpoint("GET /api/cases/configure (owners narrowed)", SpaceEndpoints::readsAnOwner, c -> {
                    Api.Result found = c.caller().get(Spaces.path(c.space(), "/api/cases/configure"));
                    c.answered(found, 200);
                    if (c.allowed()) {
                        assertThat(owners(found.body())).containsExactlyInAnyOrderElementsOf(c.grants().readable());
                    }
                }),
                new MatrixEndpoint("GET /api/actions/connectors", level(Grants::connectors, "read"), c -> {
                    Api.Result listed = c.caller().get(Spaces.path(c.space(), "/api/actions/connectors"));
                    c.answered(listed, 200);
                    if (c.allowed()) {
                        assertThat(listed.body().findValuesAsText("id")).contains(w.connectorId(c.space()));
                    }
                }),
                new MatrixEndpoint("POST /api/actions/connector", level(Grants::connectors, "all"), c -> {
                    int before = w.connectorCount(c.space());
                    c.answered(c.caller().post(Spaces.path(c.space(), "/api/actions/connector"),
                            w.jiraConnector("Jira by " + c.user() + " " + w.next())), 200);
                    assertThat(w.connectorCount(c.space())).isEqualTo(before + (c.allowed() ? 1 : 0));
                }),
                new MatrixEndpoint("POST /api/actions/connector/{id}/_execute", level(Grants::connectors, "all"),
                        c -> {
                            int calls = w.jiraCalls();
                            Api.Result run = c.caller().post(Spaces.path(c.space(),
                                    "/api/actions/connector/" + w.connectorId(c.space()) + "/_execute"), ISSUE_TYPES);
                            c.answered(run, 200);
                            if (c.allowed()) {
                                assertThat(run.text("status")).as(run.raw()).isEqualTo("ok");
                            } else {
                                assertThat(w.jiraCalls()).as("requests to Jira").isEqualTo(calls);
                            }
                        }),
                new MatrixEndpoint("GET /api/alerts/_find", level(Grants::alerts, "read"),
                        c -> c.answered(c.caller().get(Spaces.path(c.space(), "/api/alerts/_find")), 200)),
                new MatrixEndpoint("GET /api/rules", level(Grants::rules, "read"),
                        c -> c.answered(c.caller().get(Spaces.path(c.space(), "/api/rules")), 200)));
    }

    private static boolean readsAnOwner(Grants grants, String owner) {
        return !grants.readable().isEmpty();
    }

    private static MatrixEndpoint.Rule level(Function<Grants, String> feature, String needed) {
        return (grants, owner) -> Grants.covers(feature.apply(grants), needed);
    }

    /** Every owner has cases in every space, so a find answers exactly the readable owners. */
    private static void findOwners(MatrixCell c, Api caller) {
        Api.Result found = caller.get(Spaces.path(c.space(), "/api/cases/_find" + Spaces.query("perPage", "100")));
        c.answered(found, 200);
        if (c.allowed()) {
            assertThat(found.body().path("total").asInt()).as("one page holds them all").isLessThanOrEqualTo(100);
            assertThat(owners(found.body().path("cases")))
                    .containsExactlyInAnyOrderElementsOf(c.grants().readable());
        }
    }

    private static Set<String> owners(JsonNode items) {
        Set<String> owners = new LinkedHashSet<>();
        items.forEach(item -> owners.add(item.path("owner").asText()));
        return owners;
    }
}
