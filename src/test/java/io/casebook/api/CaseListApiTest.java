package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.out.jdbc.EngineDatabase;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.User;
import io.casebook.support.Api;
import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared set-up of the case-list API tests: one real engine per test class, each test in its own space, and
 * a database helper for states the API cannot produce yet (status changes, other reporters, back-dating).
 */
abstract class CaseListApiTest {

    static final User ELASTIC = User.named("elastic");

    static TestEngine engine;
    static Api api;
    static EngineDatabase db;

    @BeforeAll
    static void startEngine() {
        engine = TestEngine.start();
        api = engine.api();
        db = EngineDatabase.of(engine.settings());
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    static String create(String space, NewCaseBody body) {
        return body.createIn(api, space).path("id").asText();
    }

    static void changeStatus(String space, String id, CaseStatus status, Instant at) {
        db.update(space, id, c -> {
            c.changeStatus(status, ELASTIC, at);
            c.touch(ELASTIC, at);
        });
    }

    /** {@code GET _find} in the space with the given query; asserts 200. */
    static JsonNode find(String space, String... query) {
        Api.Result found = api.get(Spaces.path(space, "/api/cases/_find") + Spaces.query(query));
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        return found.body();
    }

    /** The 400 answer's message of {@code GET _find} with the given query. */
    static String findRefused(String space, String... query) {
        Api.Result refused = api.get(Spaces.path(space, "/api/cases/_find") + Spaces.query(query));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().path("error").asText()).isEqualTo("Bad Request");
        assertThat(refused.body().path("statusCode").asInt()).isEqualTo(400);
        return refused.text("message");
    }

    /** Titles of the found cases, in answer order. */
    static List<String> titles(JsonNode found) {
        List<String> titles = new ArrayList<>();
        found.path("cases").forEach(c -> titles.add(c.path("title").asText()));
        return titles;
    }

    static List<String> titlesFound(String space, String... query) {
        return titles(find(space, query));
    }
}
