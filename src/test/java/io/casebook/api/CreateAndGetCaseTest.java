package io.casebook.api;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class CreateAndGetCaseTest {

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

    static JsonNode newCase(String title) {
        ObjectNode body = (ObjectNode) Api.json("""
                {"description":"A case description.","tags":["tag-1"],
                 "connector":{"id":"none","name":"none","type":".none","fields":null},
                 "settings":{"syncAlerts":true},"owner":"cases"}""");
        return body.put("title", title);
    }

    @Test
    void createsACaseWithKibanaDefaultsAndReadsItBack() {
        Api.Result created = api.post("/api/cases", Api.json("""
                {"title":"Case title 1","description":"A case description.","tags":["tag-1"],
                 "connector":{"id":"none","name":"none","type":".none","fields":null},
                 "settings":{"syncAlerts":true},"owner":"cases"}"""));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.text("status")).isEqualTo("open");
        assertThat(created.text("severity")).isEqualTo("low");
        assertThat(created.body().path("incremental_id").asLong()).isPositive();
        assertThat(created.body().path("created_by").path("username").asText()).isEqualTo("elastic");
        assertThat(created.body().path("external_service").isNull()).isTrue();
        assertThat(created.body().path("closed_at").isNull()).isTrue();

        Api.Result fetched = api.get("/api/cases/" + created.text("id"));
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(created.body());
    }

    @Test
    void statusAnswersLikeKibana() {
        Api.Result status = api.get("/api/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().at("/status/overall/level").asText()).isEqualTo("available");
    }

    @Test
    void unknownCaseIs404InKibanaShape() {
        Api.Result missing = api.get("/api/cases/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("error").asText()).isEqualTo("Not Found");
        assertThat(missing.text("message")).isEqualTo("Saved object [cases/nope] not found");
    }

    @Test
    void mutatingWithoutXsrfIsRefused() {
        Api.Result refused = api.postWithoutXsrf("/api/cases", Api.json("{}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo("Request must contain a kbn-xsrf header.");
    }
}
