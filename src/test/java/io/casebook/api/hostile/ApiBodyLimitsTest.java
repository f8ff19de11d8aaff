package io.casebook.api.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.support.Api;
import io.casebook.support.NewCaseBody;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cases API's own limits at their edges: casebook.api.max-body-bytes (Kibana's maxPayload: 413 with hapi's
 * words) and the parser's nesting depth (400), each leaving nothing behind and the engine serving on.
 */
class ApiBodyLimitsTest {

    static final int LIMIT = 4096;
    static final ObjectMapper JSON = new ObjectMapper();

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.api.max-body-bytes", String.valueOf(LIMIT)));
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aBodyOfTheLimitIsTakenAndOneByteMoreIs413() throws Exception {
        String title = "limit-" + System.nanoTime();
        Api.Result atLimit = api.post("/api/cases", createBody(title, LIMIT));
        assertThat(atLimit.status()).as(atLimit.raw()).isEqualTo(200);

        String over = createBody(title + "-over", LIMIT + 1);
        Api.Result refused = api.post("/api/cases", over);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).isEqualTo(Api.json("{\"statusCode\":413,\"error\":\"Request Entity Too Large\","
                + "\"message\":\"Payload content length greater than maximum allowed: " + LIMIT + "\"}"));
        // A phrase: unquoted, the analyser's words of "limit-<n>-over" would also match the case at the limit.
        assertThat(api.get("/api/cases/_find?search=%22" + title + "-over%22").body().path("total").asInt()).isZero();
    }

    @Test
    void aBodyNestedDeeperThanTheParserAllowsIs400AndChangesNothing() {
        String nested = "{\"title\":\"deep\",\"x\":" + "[".repeat(101) + "]".repeat(101) + "}";
        long before = api.get("/api/cases/_find").body().path("total").asLong();

        Api.Result refused = api.post("/api/cases", nested);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).isEqualTo("Invalid request payload JSON format: "
                + "Document nesting depth (101) exceeds the maximum allowed (100, casebook.json.max-nesting-depth)");
        assertThat(api.get("/api/cases/_find").body().path("total").asLong()).isEqualTo(before);
        NewCaseBody.titled("after the deep one").createIn(api, "default");
    }

    /** A create body of exactly {@code bytes} UTF-8 bytes, padded in its description. */
    private static String createBody(String title, int bytes) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "");
        body.put("tags", List.of());
        body.put("connector", Map.of("id", "none", "name", "none", "type", ".none"));
        body.put("settings", Map.of("syncAlerts", false));
        body.put("owner", "cases");
        int without = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8).length;
        body.put("description", "d".repeat(bytes - without));
        String text = JSON.writeValueAsString(body);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return text;
    }
}
