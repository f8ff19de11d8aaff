package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.CaseFixtures;
import io.casebook.support.FakeJira;
import io.casebook.support.Spaces;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.casebook.api.security.MatrixTable.OWNERS;
import static io.casebook.api.security.MatrixTable.SPACES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data the matrix acts on, seeded and inspected as elastic: per space and owner a working case with a
 * comment and a closed case, per space a Jira connector (of a fake that answers) and a configuration per owner.
 * Cells reuse these; only deleting a case or a comment gets a fresh one per cell.
 */
final class MatrixWorld {

    private final Api elastic;
    private final FakeJira jira;
    private final Map<String, String> cases = new HashMap<>();
    private final Map<String, String> closed = new HashMap<>();
    private final Map<String, String> connectors = new HashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    private MatrixWorld(Api elastic, FakeJira jira) {
        this.elastic = elastic;
        this.jira = jira;
    }

    static MatrixWorld seed(Api elastic, FakeJira jira) {
        MatrixWorld world = new MatrixWorld(elastic, jira);
        for (String space : SPACES) {
            world.connectors.put(space, world.ok(elastic.post(Spaces.path(space, "/api/actions/connector"),
                    world.jiraConnector("Jira " + space))).text("id"));
            for (String owner : OWNERS) {
                String id = world.newCase(space, owner, "Working " + owner + " case");
                world.newComment(space, owner, id);
                world.cases.put(space + "/" + owner, id);
                String toClose = world.newCase(space, owner, "Closed " + owner + " case");
                JsonNode fresh = world.ok(elastic.get(path(space, toClose))).body();
                world.ok(elastic.patch(Spaces.path(space, "/api/cases"),
                        CaseFixtures.patchBody(CaseFixtures.change(fresh, "status", "closed"))));
                world.closed.put(space + "/" + owner, toClose);
                world.ok(elastic.post(Spaces.path(space, "/api/cases/configure"), configuration(owner)));
            }
        }
        return world;
    }

    Api elastic() {
        return elastic;
    }

    /** A number no other cell uses, for titles, names and assignees. */
    int next() {
        return serial.incrementAndGet();
    }

    /** The working case's id. */
    String caseId(String space, String owner) {
        return cases.get(space + "/" + owner);
    }

    /** The working case as it is now. */
    JsonNode workingCase(String space, String owner) {
        return ok(elastic.get(path(space, caseId(space, owner)))).body();
    }

    /** The closed case as it is now, closed again first if a cell reopened it. */
    JsonNode closedCase(String space, String owner) {
        String id = closed.get(space + "/" + owner);
        JsonNode now = ok(elastic.get(path(space, id))).body();
        if (!now.path("status").asText().equals("closed")) {
            ok(elastic.patch(Spaces.path(space, "/api/cases"),
                    CaseFixtures.patchBody(CaseFixtures.change(now, "status", "closed"))));
            now = ok(elastic.get(path(space, id))).body();
        }
        return now;
    }

    String connectorId(String space) {
        return connectors.get(space);
    }

    String newCase(String space, String owner, String title) {
        return ok(elastic.post(Spaces.path(space, "/api/cases"), AttachmentFixtures.newCase(title, owner)))
                .text("id");
    }

    /** Adds a comment as elastic and answers its id. */
    String newComment(String space, String owner, String caseId) {
        String text = "comment " + next();
        JsonNode c = ok(elastic.post(path(space, caseId) + "/comments",
                Map.of("type", "user", "comment", text, "owner", owner))).body();
        for (JsonNode comment : c.path("comments")) {
            if (comment.path("comment").asText().equals(text)) {
                return comment.path("id").asText();
            }
        }
        throw new AssertionError("comment not in " + c);
    }

    /** How many cases of the owner the space holds. */
    int caseCount(String space, String owner) {
        return ok(elastic.get(Spaces.path(space, "/api/cases/_find" + Spaces.query("owner", owner, "perPage", "1"))))
                .body().path("total").asInt();
    }

    /** The id of the owner's configuration in the space (POST replaces it with a new id). */
    String configurationId(String space, String owner) {
        JsonNode found = ok(elastic.get(Spaces.path(space, "/api/cases/configure" + Spaces.query("owner", owner))))
                .body();
        assertThat(found).as(found.toString()).hasSize(1);
        return found.get(0).path("id").asText();
    }

    /** Requests the fake Jira has received so far: a refused push or run must send none. */
    int jiraCalls() {
        return jira.server().countRequestsMatching(RequestPattern.everything()).getCount();
    }

    int connectorCount(String space) {
        return ok(elastic.get(Spaces.path(space, "/api/actions/connectors"))).body().size();
    }

    /** A Jira connector of the fake. */
    Map<String, Object> jiraConnector(String name) {
        return Map.of("name", name, "connector_type_id", ".jira",
                "config", Map.of("apiUrl", jira.url(), "projectKey", "OPS"),
                "secrets", Map.of("email", "bot@example.com", "apiToken", "jira-token"));
    }

    static Map<String, Object> configuration(String owner) {
        return Map.of("owner", owner, "closure_type", "close-by-user",
                "connector", Map.of("id", "none", "name", "none", "type", ".none"));
    }

    /** {@code /api/cases/<id>} in the space. */
    static String path(String space, String caseId) {
        return Spaces.path(space, "/api/cases/" + caseId);
    }

    private Api.Result ok(Api.Result result) {
        assertThat(result.status()).as(result.raw()).isBetween(200, 204);
        return result;
    }
}
