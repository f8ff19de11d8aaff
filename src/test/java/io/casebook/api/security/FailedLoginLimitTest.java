package io.casebook.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AuditLines;
import io.casebook.support.FromAddress;
import io.casebook.support.IngestYaml;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code casebook.auth.failed-logins-per-minute} over real HTTP, each test from its own loopback address: after the
 * budget of wrong passwords, API keys or ingest logins, that address gets Kibana's 429 with Retry-After for any
 * credentials (before they are checked: no bcrypt, no audit line per try), while other addresses log in as usual.
 */
class FailedLoginLimitTest {

    private static final int BUDGET = 4;
    private static final int BURST = 15;
    private static final String ALICE_PASSWORD = "alice-secret-1";
    private static final String SENDER_PASSWORD = "sender-secret-1";
    private static TestEngine engine;

    @BeforeAll
    static void start() {
        Map<String, String> settings = new HashMap<>(UsersYaml.file(
                UsersYaml.user("alice", "Alice", "alice@example.com", ALICE_PASSWORD, "viewer")));
        settings.put("casebook.ingest.file", IngestYaml.write("sources:\n  am:\n    basic: {username: am-sender, "
                + "password_hash: \"" + UsersYaml.hash(SENDER_PASSWORD) + "\"}\n").toString());
        settings.put("casebook.auth.failed-logins-per-minute", String.valueOf(BUDGET));
        engine = TestEngine.start(settings);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static List<JsonNode> auditFrom(String event, String address) {
        return AuditLines.events(engine.auditLog(), event).stream()
                .filter(line -> line.path("source_ip").asText().equals(address)).toList();
    }

    private static List<FromAddress.Response> burst(FromAddress client, String path, String authorization,
                                                    String body) {
        List<FromAddress.Response> answers = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            answers.add(body == null ? client.get(engine, path, authorization)
                    : client.post(engine, path, authorization, body));
        }
        return answers;
    }

    private static void assertLimitedAfterBudget(List<FromAddress.Response> answers, String address) {
        assertThat(answers.subList(0, BUDGET)).extracting(FromAddress.Response::status).containsOnly(401);
        assertThat(answers.subList(BUDGET, BURST)).extracting(FromAddress.Response::status).containsOnly(429);
        FromAddress.Response limited = answers.get(BURST - 1);
        long retryAfter = Long.parseLong(limited.headers().get("retry-after"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(Api.json(limited.body())).isEqualTo(Api.json("{\"statusCode\":429,\"error\":\"Too Many Requests\","
                + "\"message\":\"Too many requests: retry after " + retryAfter + " second(s)\"}"));
        // One line per checked failure, then one rate_limited line for the whole rest of the burst.
        assertThat(auditFrom("authentication_failed", address)).hasSize(BUDGET);
        List<JsonNode> limitedLines = auditFrom("rate_limited", address);
        assertThat(limitedLines).hasSize(1);
        assertThat(limitedLines.get(0).path("limited").asText()).isEqualTo("failed_logins:" + address);
        assertThat(limitedLines.get(0).path("limit").asInt()).isEqualTo(BUDGET);
    }

    @Test
    void aBurstOfWrongPasswordsIsRefusedAfterTheBudgetAndAnotherAddressStillLogsIn() {
        FromAddress attacker = new FromAddress("127.0.0.2");
        List<FromAddress.Response> answers = burst(attacker, "/api/cases/_find",
                Api.basic("alice", "guess"), null);

        assertLimitedAfterBudget(answers, "127.0.0.2");
        // Even the right password is refused from there until the minute is over: a guess must not be confirmed.
        assertThat(attacker.get(engine, "/api/cases/_find", Api.basic("alice", ALICE_PASSWORD)).status())
                .isEqualTo(429);
        FromAddress.Response elsewhere = new FromAddress("127.0.0.3").get(engine, "/api/cases/_find",
                Api.basic("alice", ALICE_PASSWORD));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
    }

    @Test
    void aBurstOfUnknownApiKeysIsRefusedAfterTheBudget() {
        String encoded = Base64.getEncoder().encodeToString("no-such-id:no-such-secret-000000"
                .getBytes(StandardCharsets.UTF_8));
        List<FromAddress.Response> answers = burst(new FromAddress("127.0.0.4"), "/api/cases/_find",
                "ApiKey " + encoded, null);

        assertLimitedAfterBudget(answers, "127.0.0.4");
    }

    @Test
    void aBurstOfWrongIngestLoginsIsRefusedAfterTheBudget() {
        String alert = "{\"source\":\"x\",\"id\":\"burst\",\"status\":\"firing\",\"title\":\"t\"}";
        List<FromAddress.Response> answers = burst(new FromAddress("127.0.0.5"), "/api/alerts",
                Api.basic("am-sender", "guess"), alert);

        assertLimitedAfterBudget(answers, "127.0.0.5");
        FromAddress.Response sender = new FromAddress("127.0.0.6").post(engine, "/api/alerts",
                Api.basic("am-sender", SENDER_PASSWORD), alert);
        assertThat(sender.status()).as(sender.body()).isEqualTo(202);
    }

    @Test
    void requestsWithoutCredentialsAreNeitherCountedNorLimited() {
        FromAddress client = new FromAddress("127.0.0.7");
        List<FromAddress.Response> answers = burst(client, "/api/cases/_find", null, null);

        assertThat(answers).extracting(FromAddress.Response::status).containsOnly(401);
        assertThat(client.get(engine, "/api/cases/_find", Api.basic("alice", ALICE_PASSWORD)).status())
                .isEqualTo(200);
    }
}
