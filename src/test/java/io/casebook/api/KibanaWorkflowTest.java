package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's documented request examples in the order an analyst uses them (create, comment, attach an
 * alert, patch, find, activity), across the API slices: what a Kibana Cases script does end to end.
 */
class KibanaWorkflowTest {

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void anAnalystWorksACaseFromCreationToClosure() {
        JsonNode created = ok(api.post("/s/soc/api/cases", Api.json("""
                {"title":"Case title 1","description":"A case description.","tags":["tag-1"],
                 "connector":{"id":"none","name":"none","type":".none","fields":null},
                 "settings":{"syncAlerts":true},"owner":"cases","severity":"low"}""")));
        String id = created.path("id").asText();

        JsonNode commented = ok(api.post("/s/soc/api/cases/" + id + "/comments", Api.json("""
                {"type":"user","comment":"A new comment.","owner":"cases"}""")));
        assertThat(commented.path("totalComment").asInt()).isEqualTo(1);

        JsonNode withAlert = ok(api.post("/s/soc/api/cases/" + id + "/comments", Api.json("""
                {"type":"alert","alertId":["a-1","a-2"],"index":["idx","idx"],
                 "rule":{"id":"r-1","name":"Disk"},"owner":"cases"}""")));
        assertThat(withAlert.path("totalAlerts").asInt()).isEqualTo(2);

        JsonNode patched = ok(api.patch("/s/soc/api/cases", Api.json("""
                {"cases":[{"id":"%s","version":"%s","status":"closed","severity":"high","tags":["tag-1","tag-2"]}]}
                """.formatted(id, withAlert.path("version").asText()))));
        JsonNode closed = patched.get(0);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("closed_by").path("username").asText()).isEqualTo("elastic");
        assertThat(closed.path("duration").isNumber()).isTrue();
        assertThat(closed.path("totalComment").asInt()).as("counters survive a patch").isEqualTo(1);
        assertThat(closed.path("totalAlerts").asInt()).isEqualTo(2);

        JsonNode found = ok(api.get("/s/soc/api/cases/_find?status=closed&tags=tag-2&search=%23"
                + created.path("incremental_id").asText()));
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("count_closed_cases").asInt()).isEqualTo(1);
        assertThat(found.at("/cases/0/id").asText()).isEqualTo(id);

        assertThat(api.get("/s/soc/api/cases/alerts/a-1").body()).extracting(c -> c.path("id").asText())
                .containsExactly(id);

        JsonNode activity = ok(api.get("/s/soc/api/cases/" + id + "/user_actions/_find?perPage=100"));
        assertThat(activity.path("userActions")).extracting(a -> a.path("type").asText() + ":" + a.path("action").asText())
                .contains("create_case:create", "comment:create", "status:update", "severity:update", "tags:add");
        JsonNode userComments = ok(api.get("/s/soc/api/cases/" + id + "/user_actions/_find?types=user"));
        assertThat(userComments.path("total").asInt()).as("the user comment, not the alert").isEqualTo(1);
        JsonNode alertActions = ok(api.get("/s/soc/api/cases/" + id + "/user_actions/_find?types=alert"));
        assertThat(alertActions.path("total").asInt()).isEqualTo(1);

        assertThat(api.get("/api/cases/" + id).status()).as("invisible from the default space").isEqualTo(404);
        assertThat(api.delete("/s/soc/api/cases?ids=%5B%22" + id + "%22%5D").status()).isEqualTo(204);
        assertThat(api.get("/s/soc/api/cases/" + id).status()).isEqualTo(404);
    }

    private static JsonNode ok(Api.Result result) {
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body();
    }
}
