package io.casebook.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Api;
import io.casebook.support.Fixtures;
import io.casebook.support.TestEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kibana Webhook connector body end to end over HTTP: firing, repeat, recovery, refusals. */
class ElasticIngestTest {

    private static final String PATH = "/api/alerts/elastic";
    static TestEngine engine;
    static Webhooks hooks;

    @BeforeAll
    static void start() {
        engine = TestEngine.start(Map.of("casebook.ingest.max-body-bytes", "4096"));
        hooks = new Webhooks(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static ObjectNode body(String fixture, String alertUuid) {
        ObjectNode body = Fixtures.json("elastic/" + fixture);
        body.withObjectProperty("alert").put("uuid", alertUuid);
        return body;
    }

    @Test
    void aFiringAlertIsStoredOnceAndItsRecoveryResolvesItKeepingItsStart() {
        String uuid = UUID.randomUUID().toString();
        Api.Result accepted = hooks.post(PATH, body("es-query-firing.json", uuid));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.body().path("new").asInt()).isEqualTo(1);
        String id = accepted.body().at("/alerts/0/id").asText();
        assertThat(accepted.body().at("/alerts/0/fingerprint").asText())
                .isEqualTo("3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47:" + uuid);

        assertThat(hooks.post(PATH, body("es-query-firing.json", uuid)).body().path("duplicates").asInt()).isEqualTo(1);

        Api.Result recovered = hooks.post(PATH, body("es-query-recovered.json", uuid));
        assertThat(recovered.body().path("updated").asInt()).isEqualTo(1);
        Api.Result stored = hooks.get("/api/alerts/" + id);
        assertThat(stored.text("source")).isEqualTo("elastic");
        assertThat(stored.text("status")).isEqualTo("resolved");
        assertThat(stored.text("title")).isEqualTo("Checkout errors");
        assertThat(stored.text("starts_at")).as("kept from the firing delivery").isEqualTo("2026-11-29T10:15:02.131Z");
        assertThat(stored.text("ends_at")).isEqualTo("2026-11-29T10:35:02.488Z");
        assertThat(stored.body().at("/rule/id").asText()).isEqualTo("3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47");
        assertThat(stored.body().path("history")).extracting(e -> e.path("status").asText())
                .containsExactly("firing", "resolved");
    }

    @Test
    void aBodyOutsideTheTemplateIsRefusedAndNothingIsStored() {
        String uuid = UUID.randomUUID().toString();
        ObjectNode body = body("es-query-firing.json", uuid);
        body.withObjectProperty("rule").put("tags", "shop,checkout");

        Api.Result refused = hooks.post(PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("message")).isEqualTo(
                "[rule.tags]: expected an array of strings (render it with {{{rule.tags.asJSON}}}) but got a string");
        assertThat(hooks.get("/api/alerts/_find?source=elastic&fingerprint=3f6d0a6e-6b0c-4a7e-9d0b-5e2f2b8c1a47:"
                + uuid).body().path("total").asLong()).isZero();
    }

    @Test
    void aBodyOverTheLimitIs413AndAnotherMediaTypeIs415() {
        ObjectNode big = body("es-query-firing.json", UUID.randomUUID().toString());
        big.withObjectProperty("context").put("reason", "x".repeat(4096));
        assertThat(hooks.post(PATH, big).status()).isEqualTo(413);
        assertThat(hooks.post(PATH, body("es-query-firing.json", "u").toString(), "application/x-www-form-urlencoded")
                .status()).isEqualTo(415);
    }
}
