package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;
import io.casebook.support.FakeJira;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.casebook.support.AttachmentFixtures.userComment;
import static io.casebook.support.FakeJira.ISSUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pushes the engine makes on its own: configure's {@code push_on_change} (a burst of watched changes is one
 * push; unwatched changes push nothing), and status following (closing a pushed case moves the Jira issue,
 * and reopening it moves it back, when the connector maps case statuses). Real engine, real HTTP, WireMock
 * as Jira.
 */
class AutoPushTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static final String TRANSITIONS = ISSUE + "/10000/transitions";
    private static FakeJira jira;
    private static TestEngine engine;
    private static Api api;

    @BeforeAll
    static void start() {
        jira = FakeJira.start();
        Map<String, String> settings = new HashMap<>(DB.settings());
        settings.put("casebook.connectors.push.poll-ms", "100");
        // Long enough that the test's three quick comments land inside one window.
        settings.put("casebook.connectors.push.coalesce-ms", "1500");
        engine = TestEngine.start(settings);
        api = engine.api();
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
    void aBurstOfWatchedChangesBecomesOnePushAndUnwatchedChangesPushNothing() {
        String space = "/s/on-change";
        Api.Result configured = api.post(space + "/api/cases/configure", configure(
                Map.of("enabled", true, "fields", List.of("comment"))));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.body().get("push_on_change")).isEqualTo(Api.json(
                "{\"enabled\":true,\"fields\":[\"comment\"]}"));
        String connector = connector(space, Map.of());
        String id = caseWithConnector(space, connector);
        assertThat(outbox(space, id, connector)).as("creating the case is not a watched change").isEmpty();

        for (String text : List.of("one", "two", "three")) {
            assertThat(api.post(space + "/api/cases/" + id + "/comments", userComment(text)).status()).isEqualTo(200);
        }

        assertThat(outbox(space, id, connector).get(0).get("reason").asText()).isEqualTo("change");
        awaitPushes(space, id, 1);
        assertThat(jira.creates()).isEqualTo(1);
        assertThat(jira.server().findAll(postRequestedFor(urlEqualTo(ISSUE + "/10000/comment")))).hasSize(3);
        assertThat(pushedActions(space, id).get(0).at("/created_by/username").asText()).isEqualTo("elastic");

        JsonNode theCase = api.get(space + "/api/cases/" + id).body();
        Api.Result retitled = api.patch(space + "/api/cases",
                CaseFixtures.patchBody(CaseFixtures.change(theCase, "title", "Renamed")));
        assertThat(retitled.status()).as(retitled.raw()).isEqualTo(200);
        assertThat(outbox(space, id, connector)).as("title is not watched").isEmpty();

        api.post(space + "/api/cases/" + id + "/comments", userComment("four"));
        awaitPushes(space, id, 2);
        jira.server().verify(putRequestedFor(urlEqualTo(ISSUE + "/10000"))
                .withRequestBody(matchingJsonPath("$.fields.summary", equalTo("Renamed"))));
    }

    @Test
    void pushOnChangeIsValidatedAndCanBeTurnedOff() {
        String space = "/s/on-change-config";
        Api.Result bogus = api.post(space + "/api/cases/configure", configure(
                Map.of("enabled", true, "fields", List.of("comment", "mood"))));
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.text("message")).startsWith("Invalid value \"mood\" supplied to \"push_on_change.fields\"");
        Api.Result noEnabled = api.post(space + "/api/cases/configure", configure(Map.of("fields", List.of())));
        assertThat(noEnabled.status()).isEqualTo(400);
        assertThat(api.get(space + "/api/cases/configure").body()).isEmpty();

        Api.Result defaults = api.post(space + "/api/cases/configure", configure(Map.of("enabled", true)));
        assertThat(defaults.body().at("/push_on_change/fields")).isEqualTo(Api.json(
                "[\"title\",\"description\",\"tags\",\"comment\"]"));
        Api.Result off = api.patch(space + "/api/cases/configure/" + defaults.text("id"), Map.of(
                "version", defaults.text("version"), "push_on_change", Map.of("enabled", false)));
        assertThat(off.status()).as(off.raw()).isEqualTo(200);
        assertThat(off.body().at("/push_on_change/enabled").asBoolean()).isFalse();
        assertThat(api.get(space + "/api/cases/configure").body().get(0).at("/push_on_change/enabled").asBoolean())
                .isFalse();
    }

    @Test
    void closingAPushedCaseMovesTheIssueWhenTheConnectorFollowsStatus() {
        String space = "/s/follow";
        jira.server().stubFor(get(ISSUE + "/10000").willReturn(okJson(
                "{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{\"status\":{\"name\":\"To Do\"}}}")));
        jira.server().stubFor(get(TRANSITIONS).willReturn(okJson("{\"transitions\":[{\"id\":\"31\",\"name\":"
                + "\"Resolve\",\"to\":{\"id\":\"10001\",\"name\":\"Done\"}}]}")));
        jira.server().stubFor(post(TRANSITIONS).willReturn(aResponse().withStatus(204)));
        String following = connector(space, Map.of("caseStatusMapping", Map.of("closed", "Done")));
        String plain = connector(space, Map.of());
        String followed = CaseFixtures.create(api, space, "Followed").get("id").asText();
        String unfollowed = CaseFixtures.create(api, space, "Not followed").get("id").asText();
        assertThat(api.post(space + "/api/cases/" + followed + "/connector/" + following + "/_push", Map.of())
                .status()).isEqualTo(200);
        assertThat(api.post(space + "/api/cases/" + unfollowed + "/connector/" + plain + "/_push", Map.of())
                .status()).isEqualTo(200);
        jira.server().verify(0, postRequestedFor(urlEqualTo(TRANSITIONS)));

        close(space, unfollowed);
        close(space, followed);

        assertThat(outbox(space, unfollowed, plain)).isEmpty();
        assertThat(outbox(space, followed, following).get(0).get("reason").asText()).isEqualTo("status");
        awaitPushes(space, followed, 2);
        jira.server().verify(1, postRequestedFor(urlEqualTo(TRANSITIONS))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"31\"}}")));
        assertThat(pushedActions(space, unfollowed)).hasSize(1);
    }

    @Test
    void reopeningAClosedPushedCaseMovesTheIssueBackWhenTheConnectorFollowsStatus() {
        String space = "/s/reopen";
        jira.server().stubFor(get(ISSUE + "/10000").willReturn(okJson(
                "{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{\"status\":{\"name\":\"To Do\"}}}")));
        jira.server().stubFor(get(TRANSITIONS).willReturn(okJson("{\"transitions\":["
                + "{\"id\":\"31\",\"name\":\"Resolve\",\"to\":{\"id\":\"10001\",\"name\":\"Done\"}},"
                + "{\"id\":\"11\",\"name\":\"Reopen\",\"to\":{\"id\":\"10000\",\"name\":\"To Do\"}}]}")));
        jira.server().stubFor(post(TRANSITIONS).willReturn(aResponse().withStatus(204)));
        String following = connector(space, Map.of("caseStatusMapping", Map.of("open", "To Do", "closed", "Done")));
        String id = CaseFixtures.create(api, space, "Reopened").get("id").asText();
        assertThat(api.post(space + "/api/cases/" + id + "/connector/" + following + "/_push", Map.of())
                .status()).isEqualTo(200);
        jira.server().verify(0, postRequestedFor(urlEqualTo(TRANSITIONS))); // already To Do: nothing to move
        close(space, id);
        awaitPushes(space, id, 2);
        jira.server().verify(1, postRequestedFor(urlEqualTo(TRANSITIONS))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"31\"}}")));
        // Jira now shows the issue as Done.
        jira.server().stubFor(get(ISSUE + "/10000").willReturn(okJson(
                "{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{\"status\":{\"name\":\"Done\"}}}")));

        setStatus(space, id, "open");

        assertThat(outbox(space, id, following).get(0).get("reason").asText()).isEqualTo("status");
        awaitPushes(space, id, 3);
        jira.server().verify(2, postRequestedFor(urlEqualTo(TRANSITIONS)));
        jira.server().verify(1, postRequestedFor(urlEqualTo(TRANSITIONS))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"11\"}}")));
        assertThat(api.get(space + "/api/cases/" + id).body().get("status").asText()).isEqualTo("open");
    }

    private static void setStatus(String space, String id, String status) {
        JsonNode theCase = api.get(space + "/api/cases/" + id).body();
        Api.Result changed = api.patch(space + "/api/cases",
                CaseFixtures.patchBody(CaseFixtures.change(theCase, "status", status)));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
    }

    private static void close(String space, String id) {
        JsonNode theCase = api.get(space + "/api/cases/" + id).body();
        Api.Result closed = api.patch(space + "/api/cases",
                CaseFixtures.patchBody(CaseFixtures.change(theCase, "status", "closed")));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    }

    private static Map<String, Object> configure(Map<String, Object> pushOnChange) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", "cases");
        body.put("closure_type", "close-by-user");
        body.put("connector", CaseFixtures.noConnector());
        body.put("push_on_change", pushOnChange);
        return body;
    }

    private static String connector(String space, Map<String, Object> extraConfig) {
        Map<String, Object> body = jira.connectorBody("Jira");
        Map<String, Object> config = new LinkedHashMap<>((Map<String, Object>) body.get("config"));
        config.putAll(extraConfig);
        body.put("config", config);
        Api.Result created = api.post(space + "/api/actions/connector", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static String caseWithConnector(String space, String connectorId) {
        Map<String, Object> body = CaseFixtures.newCase("Watched");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("issueType", "10001");
        fields.put("priority", null);
        fields.put("parent", null);
        body.put("connector", Map.of("id", connectorId, "name", "Jira", "type", ".jira", "fields", fields));
        Api.Result created = api.post(space + "/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    private static List<JsonNode> outbox(String space, String caseId, String connectorId) {
        JsonNode entry = api.get(space + "/internal/cases/" + caseId + "/_connectors").body().get(connectorId);
        List<JsonNode> out = new ArrayList<>();
        if (entry != null) {
            entry.at("/push/outbox").forEach(out::add);
        }
        return out;
    }

    /** Waits until the case has no push left in the outbox, then counts its pushes: the count is final. */
    private static void awaitPushes(String space, String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pushedActions(space, id).size() >= count
                && api.get(space + "/internal/cases/" + id + "/_connectors").body().findValues("outbox").stream()
                .allMatch(JsonNode::isEmpty));
        assertThat(pushedActions(space, id)).hasSize(count);
    }

    private static List<JsonNode> pushedActions(String space, String id) {
        List<JsonNode> pushed = new ArrayList<>();
        api.get(space + "/api/cases/" + id + "/user_actions/_find?perPage=100").body().get("userActions")
                .forEach(a -> {
                    if ("pushed".equals(a.get("type").asText())) {
                        pushed.add(a);
                    }
                });
        return pushed;
    }
}
