package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.api.security.MatrixTable.Op;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.CaseFixtures;
import io.casebook.support.Spaces;

import java.util.List;
import java.util.Map;

import static io.casebook.api.security.MatrixWorld.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix's endpoints about one owner's cases: each needs one operation on that owner (push also needs
 * connectors read; a find for one owner only needs some readable owner), and each write is checked for its
 * effect when allowed and for no effect when refused.
 */
final class CaseEndpoints {

    private CaseEndpoints() {
    }

    static List<MatrixEndpoint> all(MatrixWorld w) {
        return List.of(
                new MatrixEndpoint("GET /api/cases/{id}", needs(Op.READ), c -> {
                    Api.Result got = c.caller().get(path(c.space(), w.caseId(c.space(), c.owner())));
                    c.answered(got, 200);
                    if (c.allowed()) {
                        assertThat(got.text("owner")).isEqualTo(c.owner());
                    }
                }),
                new MatrixEndpoint("GET /api/cases/{id}/user_actions/_find", needs(Op.READ), c -> c.answered(
                        c.caller().get(path(c.space(), w.caseId(c.space(), c.owner())) + "/user_actions/_find"), 200)),
                new MatrixEndpoint("GET /internal/cases/{id}/_connectors", needs(Op.READ), c -> c.answered(
                        c.caller().get(Spaces.path(c.space(),
                                "/internal/cases/" + w.caseId(c.space(), c.owner()) + "/_connectors")), 200)),
                new MatrixEndpoint("GET /api/cases/_find?owner= (narrowed)", (g, owner) -> !g.readable().isEmpty(),
                        c -> findOne(w, c)),
                new MatrixEndpoint("POST /api/cases", needs(Op.CREATE), c -> create(w, c)),
                new MatrixEndpoint("PATCH /api/cases (title)", needs(Op.UPDATE), c -> retitle(w, c)),
                new MatrixEndpoint("PATCH /api/cases (reopen a closed case)", needs(Op.REOPEN), c -> reopen(w, c)),
                new MatrixEndpoint("PATCH /api/cases (assignees)", needs(Op.ASSIGN), c -> assign(w, c)),
                new MatrixEndpoint("POST /api/cases/{id}/comments", needs(Op.CREATE_COMMENT), c -> comment(w, c)),
                new MatrixEndpoint("DELETE /api/cases/{id}/comments/{commentId}", needs(Op.DELETE),
                        c -> deleteComment(w, c)),
                new MatrixEndpoint("DELETE /api/cases?ids=", needs(Op.DELETE), c -> deleteCase(w, c)),
                new MatrixEndpoint("POST /api/cases/configure", needs(Op.SETTINGS), c -> configure(w, c)),
                new MatrixEndpoint("POST /api/cases/{id}/connector/{connectorId}/_push",
                        (g, owner) -> g.can(owner, Op.PUSH) && MatrixTable.Grants.covers(g.connectors(), "read"),
                        c -> push(w, c)));
    }

    private static MatrixEndpoint.Rule needs(Op op) {
        return (grants, owner) -> grants.can(owner, op);
    }

    /** Asking for one owner: all of its cases when readable, silently none when not (403 if none is). */
    private static void findOne(MatrixWorld w, MatrixCell c) {
        int stored = w.caseCount(c.space(), c.owner());
        Api.Result found = c.caller().get(Spaces.path(c.space(),
                "/api/cases/_find" + Spaces.query("owner", c.owner(), "perPage", "1")));
        c.answered(found, 200);
        if (c.allowed()) {
            assertThat(found.body().path("total").asInt()).isEqualTo(c.grants().can(c.owner(), Op.READ) ? stored : 0);
        }
    }

    private static void create(MatrixWorld w, MatrixCell c) {
        int before = w.caseCount(c.space(), c.owner());
        Api.Result created = c.caller().post(Spaces.path(c.space(), "/api/cases"),
                AttachmentFixtures.newCase("Made by " + c.user(), c.owner()));
        c.answered(created, 200);
        if (c.allowed()) {
            assertThat(created.body().path("created_by").path("username").asText()).isEqualTo(c.user());
        }
        assertThat(w.caseCount(c.space(), c.owner())).isEqualTo(before + (c.allowed() ? 1 : 0));
    }

    private static void retitle(MatrixWorld w, MatrixCell c) {
        JsonNode before = w.workingCase(c.space(), c.owner());
        String title = "Renamed by " + c.user() + " " + w.next();
        c.answered(c.caller().patch(Spaces.path(c.space(), "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(before, "title", title))), 200);
        JsonNode after = w.workingCase(c.space(), c.owner());
        if (c.allowed()) {
            assertThat(after.path("title").asText()).isEqualTo(title);
            assertThat(after.path("updated_by").path("username").asText()).isEqualTo(c.user());
        } else {
            unchanged(before, after);
        }
    }

    private static void reopen(MatrixWorld w, MatrixCell c) {
        JsonNode before = w.closedCase(c.space(), c.owner());
        c.answered(c.caller().patch(Spaces.path(c.space(), "/api/cases"),
                CaseFixtures.patchBody(CaseFixtures.change(before, "status", "open"))), 200);
        // Read it plainly: closedCase() would close it again (as it does for the next cell).
        JsonNode after = w.elastic().get(path(c.space(), before.path("id").asText())).body();
        if (c.allowed()) {
            assertThat(after.path("status").asText()).isEqualTo("open");
        } else {
            unchanged(before, after);
        }
    }

    private static void assign(MatrixWorld w, MatrixCell c) {
        JsonNode before = w.workingCase(c.space(), c.owner());
        String uid = "u-" + c.user() + "-" + w.next();
        c.answered(c.caller().patch(Spaces.path(c.space(), "/api/cases"), CaseFixtures.patchBody(
                CaseFixtures.change(before, "assignees", List.of(Map.of("uid", uid))))), 200);
        JsonNode after = w.workingCase(c.space(), c.owner());
        if (c.allowed()) {
            assertThat(after.path("assignees").findValuesAsText("uid")).containsExactly(uid);
        } else {
            unchanged(before, after);
        }
    }

    private static void comment(MatrixWorld w, MatrixCell c) {
        String id = w.caseId(c.space(), c.owner());
        int before = w.workingCase(c.space(), c.owner()).path("totalComment").asInt();
        c.answered(c.caller().post(path(c.space(), id) + "/comments",
                Map.of("type", "user", "comment", "by " + c.user(), "owner", c.owner())), 200);
        assertThat(w.workingCase(c.space(), c.owner()).path("totalComment").asInt())
                .isEqualTo(before + (c.allowed() ? 1 : 0));
    }

    private static void deleteComment(MatrixWorld w, MatrixCell c) {
        String id = w.caseId(c.space(), c.owner());
        String commentId = w.newComment(c.space(), c.owner(), id);
        String comment = path(c.space(), id) + "/comments/" + commentId;
        c.answered(c.caller().delete(comment), 204);
        assertThat(w.elastic().get(comment).status()).isEqualTo(c.allowed() ? 404 : 200);
    }

    private static void deleteCase(MatrixWorld w, MatrixCell c) {
        String victim = w.newCase(c.space(), c.owner(), "To delete by " + c.user());
        c.answered(c.caller().delete(Spaces.path(c.space(), "/api/cases" + Spaces.query("ids", "[\"" + victim + "\"]"))),
                204);
        assertThat(w.elastic().get(path(c.space(), victim)).status()).isEqualTo(c.allowed() ? 404 : 200);
    }

    private static void configure(MatrixWorld w, MatrixCell c) {
        String before = w.configurationId(c.space(), c.owner());
        Api.Result posted = c.caller().post(Spaces.path(c.space(), "/api/cases/configure"),
                MatrixWorld.configuration(c.owner()));
        c.answered(posted, 200);
        String after = w.configurationId(c.space(), c.owner());
        if (c.allowed()) {
            assertThat(after).isEqualTo(posted.text("id")).isNotEqualTo(before);
        } else {
            assertThat(after).isEqualTo(before);
        }
    }

    private static void push(MatrixWorld w, MatrixCell c) {
        JsonNode before = w.workingCase(c.space(), c.owner());
        String connector = w.connectorId(c.space());
        int calls = w.jiraCalls();
        Api.Result pushed = c.caller().post(path(c.space(), before.path("id").asText())
                + "/connector/" + connector + "/_push", Map.of());
        c.answered(pushed, 200);
        JsonNode after = w.workingCase(c.space(), c.owner());
        if (c.allowed()) {
            assertThat(after.path("external_service").path("connector_id").asText()).isEqualTo(connector);
            assertThat(after.path("external_service").path("pushed_by").path("username").asText())
                    .isEqualTo(c.user());
        } else {
            unchanged(before, after);
            assertThat(w.jiraCalls()).as("requests to Jira").isEqualTo(calls);
        }
    }

    /** A refused write left the case as it was. */
    private static void unchanged(JsonNode before, JsonNode after) {
        assertThat(after.path("version").asText()).as("version").isEqualTo(before.path("version").asText());
        assertThat(after.path("updated_at").asText()).as("updated_at").isEqualTo(before.path("updated_at").asText());
    }
}
