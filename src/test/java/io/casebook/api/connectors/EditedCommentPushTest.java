package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment edited after it was pushed goes out again, once, credited as Kibana does to its last editor ("Added
 * by <editor>"), and the comments nobody touched are not sent again; likewise a comment edited after an attempt
 * delivered it and before the push was retried. Elastic pushes; Alice, a SOC analyst, edits.
 */
class EditedCommentPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final String OWNER = "securitySolution";
    private static FakeJira jira;
    private static TestEngine engine;
    private static Api api;
    private static Api alice;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        Map<String, String> settings = new HashMap<>(OutboxSteps.oneAttempt(DB.settings()));
        settings.putAll(UsersYaml.file(UsersYaml.user("alice", "Alice Analyst", "alice@example.com",
                "alice-secret-1", "soc_analyst")));
        engine = TestEngine.start(settings);
        api = engine.api();
        alice = api.as("alice", "alice-secret-1");
    }

    @AfterAll
    static void stop() {
        engine.close();
        jira.close();
    }

    @BeforeEach
    void freshJira() {
        jira.reset();
    }

    @Test
    void anEditedCommentIsSentOnceAddedByItsEditorAndUntouchedOnesAreNotSentAgain() {
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = newCase("Phishing wave");
        JsonNode first = comment(id, "Three users clicked");
        comment(id, "Mail gateway rule added");
        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);
        assertThat(commentsSent()).containsExactly("Three users clicked\n\nAdded by elastic.",
                "Mail gateway rule added\n\nAdded by elastic.");
        jira.server().resetRequests();

        edit(id, first, "Four users clicked");
        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(commentsSent()).containsExactly("Four users clicked\n\nAdded by Alice Analyst.");
        assertThat(OutboxSteps.pushedActions(api, id)).hasSize(2);

        jira.server().resetRequests();
        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(200);
        assertThat(commentsSent()).as("nothing changed since").isEmpty();
    }

    @Test
    void aCommentEditedBetweenAFailedAttemptAndTheRetryIsSentInItsNewWords() {
        // The first comment call is accepted; every later one is refused (final: one attempt) until the reset.
        jira.server().stubFor(jira.commentCall().inScenario("comments").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("refusing").willReturn(jira.commented()));
        jira.server().stubFor(jira.commentCall().inScenario("comments").whenScenarioStateIs("refusing")
                .willReturn(jira.error(400, "Comment body is invalid")));
        String connector = OutboxSteps.connector(api, jira.connectorBody("Jira"));
        String id = newCase("Lateral movement");
        JsonNode first = comment(id, "Seen on host-1");
        comment(id, "Seen on host-2");
        assertThat(OutboxSteps.push(api, id, connector).status()).isEqualTo(424);

        edit(id, first, "Seen on host-1 and host-3");
        jira.server().resetScenarios();
        jira.server().resetRequests();
        jira.server().stubFor(jira.commentCall().willReturn(jira.commented()));
        Api.Result pushed = OutboxSteps.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(commentsSent()).containsExactly("Seen on host-1 and host-3\n\nAdded by Alice Analyst.",
                "Seen on host-2\n\nAdded by elastic.");
    }

    private static String newCase(String title) {
        Api.Result created = api.post("/api/cases", AttachmentFixtures.newCase(title, OWNER));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    /** Adds a user comment as elastic; answers the new comment. */
    private static JsonNode comment(String caseId, String text) {
        Api.Result added = api.post("/api/cases/" + caseId + "/comments",
                Map.of("type", "user", "comment", text, "owner", OWNER));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        JsonNode comments = added.body().path("comments");
        return comments.get(comments.size() - 1);
    }

    private static void edit(String caseId, JsonNode comment, String text) {
        Api.Result edited = alice.patch("/api/cases/" + caseId + "/comments", Map.of("id", comment.path("id").asText(),
                "version", comment.path("version").asText(), "type", "user", "comment", text, "owner", OWNER));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
    }

    private static List<String> commentsSent() {
        return jira.server().findAll(jira.commentsMade()).stream().map(jira::commentSent).toList();
    }
}
