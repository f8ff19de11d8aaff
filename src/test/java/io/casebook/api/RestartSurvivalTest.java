package io.casebook.api;

import io.casebook.support.Api;
import io.casebook.support.Database;
import io.casebook.support.Postgres;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A case and its activity are still there after the engine stops and starts again on the same store. */
class RestartSurvivalTest {

    @Test
    void caseAndActivitySurviveARestart() throws Exception {
        Map<String, String> store = new HashMap<>(Map.of("casebook.data.dir",
                Files.createTempDirectory("restart").toString()));
        if (Database.postgres()) {
            store.putAll(Postgres.freshDatabase());
        }
        String id;
        Api.Result before;
        try (TestEngine first = TestEngine.start(store)) {
            before = first.api().post("/s/ops/api/cases", CreateAndGetCaseTest.newCase("survives restarts"));
            assertThat(before.status()).as(before.raw()).isEqualTo(200);
            id = before.text("id");
            Api.Result commented = first.api().post("/s/ops/api/cases/" + id + "/comments",
                    Api.json("{\"type\":\"user\",\"comment\":\"still here?\",\"owner\":\"cases\"}"));
            assertThat(commented.status()).as(commented.raw()).isEqualTo(200);
            before = first.api().patch("/s/ops/api/cases", Api.json("{\"cases\":[{\"id\":\"" + id
                    + "\",\"version\":\"" + commented.text("version") + "\",\"status\":\"in-progress\"}]}"));
            assertThat(before.status()).as(before.raw()).isEqualTo(200);
            before = first.api().get("/s/ops/api/cases/" + id);
        }
        try (TestEngine second = TestEngine.start(store)) {
            Api.Result after = second.api().get("/s/ops/api/cases/" + id);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.body()).isEqualTo(before.body());
            assertThat(after.text("status")).isEqualTo("in-progress");
            Api.Result activity = second.api().get("/s/ops/api/cases/" + id + "/user_actions/_find");
            assertThat(activity.body().path("userActions"))
                    .extracting(a -> a.path("type").asText())
                    .containsExactly("create_case", "comment", "status");
            assertThat(second.api().get("/s/ops/api/cases/" + id + "/comments/_find").body().path("total").asInt())
                    .isEqualTo(1);
            Api.Result next = second.api().post("/s/ops/api/cases", CreateAndGetCaseTest.newCase("next one"));
            assertThat(next.body().path("incremental_id").asLong())
                    .as("numbering continues after a restart")
                    .isEqualTo(before.body().path("incremental_id").asLong() + 1);
        }
    }
}
