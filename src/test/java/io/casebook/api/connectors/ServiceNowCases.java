package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.casebook.support.Api;
import io.casebook.support.CaseFixtures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Case and connector steps the ServiceNow tests share: create, push, close, and the test key pair. */
final class ServiceNowCases {

    private ServiceNowCases() {
    }

    static String connector(Api api, String type, Map<String, Object> config, Map<String, Object> secrets) {
        Api.Result created = api.post("/api/actions/connector", ConnectorBodies.create("ServiceNow", type, config,
                secrets));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.text("id");
    }

    static String newCase(Api api, String connectorId, String type, String title, Map<String, Object> fields) {
        Map<String, Object> body = CaseFixtures.newCase(title);
        body.put("connector", Map.of("id", connectorId, "name", "ServiceNow", "type", type, "fields", fields));
        Api.Result created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.body().get("id").asText();
    }

    static Api.Result push(Api api, String caseId, String connectorId) {
        return api.post("/api/cases/" + caseId + "/connector/" + connectorId + "/_push", Map.of());
    }

    static void close(Api api, String caseId) {
        JsonNode theCase = api.get("/api/cases/" + caseId).body();
        Api.Result closed = api.patch("/api/cases", CaseFixtures.patchBody(CaseFixtures.change(theCase,
                "status", "closed")));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    }

    static ResponseDefinitionBuilder jsonStatus(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A PEM of the test key pair under {@code fixtures/servicenow/}. */
    static String pem(String name) {
        try (InputStream in = ServiceNowCases.class.getResourceAsStream("/fixtures/servicenow/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
