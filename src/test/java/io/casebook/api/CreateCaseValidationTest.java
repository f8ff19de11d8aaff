package io.casebook.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every create-case limit at its edge (limit passes, limit + 1 fails with Kibana's message), and bad bodies. */
class CreateCaseValidationTest {

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

    private static ObjectNode valid() {
        return (ObjectNode) CreateAndGetCaseTest.newCase("valid");
    }

    private static ArrayNode strings(int count, int length) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            String prefix = i + "-";
            array.add(prefix + "x".repeat(Math.max(0, length - prefix.length())));
        }
        return array;
    }

    private int countCases() {
        return api.get("/s/validation/api/cases/_find").body() == null ? -1
                : api.get("/s/validation/api/cases/_find").body().path("total").asInt(-1);
    }

    private void assertRejected(ObjectNode body, String message) {
        Api.Result result = api.post("/s/validation/api/cases", body);
        assertThat(result.status()).as(result.raw()).isEqualTo(400);
        assertThat(result.body().path("error").asText()).isEqualTo("Bad Request");
        assertThat(result.text("message")).isEqualTo(message);
    }

    private void assertAccepted(ObjectNode body) {
        Api.Result result = api.post("/s/validation/api/cases", body);
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"title,160", "description,30000"})
    void textLimits(String field, int max) {
        assertAccepted(valid().put(field, "a".repeat(max)));
        assertRejected(valid().put(field, "a".repeat(max + 1)),
                "The length of the " + field + " is too long. The maximum length is " + max + ".");
        assertRejected(valid().put(field, "   "), "The " + field + " field cannot be an empty string.");
    }

    @Test
    void lengthIsCheckedAfterTrimming() {
        Api.Result result = api.post("/s/validation/api/cases", valid().put("title", "  " + "a".repeat(160) + "  "));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        assertThat(result.text("title")).isEqualTo("a".repeat(160));
    }

    @Test
    void tagLimits() {
        assertAccepted((ObjectNode) valid().set("tags", strings(200, 5)));
        assertRejected((ObjectNode) valid().set("tags", strings(201, 5)),
                "The length of the field tags is too long. Array must be of length <= 200.");
        assertAccepted((ObjectNode) valid().set("tags", strings(1, 256)));
        assertRejected((ObjectNode) valid().set("tags", strings(1, 257)),
                "The length of the tag is too long. The maximum length is 256.");
    }

    @Test
    void categoryLimit() {
        assertAccepted(valid().put("category", "c".repeat(50)));
        assertRejected(valid().put("category", "c".repeat(51)),
                "The length of the category is too long. The maximum length is 50.");
    }

    @Test
    void assigneeLimitCountsDistinctUsers() {
        ArrayNode ten = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 10; i++) {
            ten.addObject().put("uid", "u_" + i);
        }
        ten.addObject().put("uid", "u_0");
        Api.Result accepted = api.post("/s/validation/api/cases", valid().set("assignees", ten));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().path("assignees")).hasSize(10);
        ArrayNode eleven = ten.deepCopy();
        eleven.addObject().put("uid", "u_10");
        assertRejected((ObjectNode) valid().set("assignees", eleven), "You cannot assign more than 10 assignees to a case");
    }

    @Test
    void badBodiesChangeNothing() {
        int before = countCases();
        assertRejected(valid().put("foo", 1), "invalid keys \"foo\"");
        assertRejected(valid().put("severity", "huge"), "Invalid value \"huge\" supplied to \"severity\"");
        assertRejected(valid().put("tags", "a"), "Invalid value \"a\" supplied to \"tags\"");
        ObjectNode noTitle = valid();
        noTitle.remove("title");
        assertRejected(noTitle, "Invalid value \"undefined\" supplied to \"title\"");
        ObjectNode noSettings = valid();
        noSettings.remove("settings");
        assertRejected(noSettings, "Invalid value \"undefined\" supplied to \"settings\"");
        assertRejected((ObjectNode) valid().set("connector", Api.json(
                "{\"id\":\"x\",\"name\":\"x\",\"type\":\".nope\",\"fields\":null}")),
                "Invalid value \".nope\" supplied to \"connector.type\"");
        Api.Result notJson = api.post("/s/validation/api/cases", "{\"title\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text("message")).isEqualTo("Invalid request payload JSON format");
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void unknownOwnerIsForbiddenAsInKibana() {
        Api.Result result = api.post("/s/validation/api/cases", valid().put("owner", "nobody"));
        assertThat(result.status()).isEqualTo(403);
        assertThat(result.text("message")).isEqualTo("Unauthorized to create case with owners: \"nobody\"");
    }

    @Test
    void nonJsonBodyIsUnsupportedMediaType() {
        Api.Result result = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.port()
                + "/api/cases")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")),
                true);
        assertThat(result.status()).isEqualTo(415);
    }
}
