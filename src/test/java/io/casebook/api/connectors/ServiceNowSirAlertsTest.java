package io.casebook.api.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.FakeServiceNow;
import io.casebook.support.InspectableDatabase;
import io.casebook.support.TestEngine;
import io.casebook.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kibana's ServiceNow SecOps enrichment ({@code sir_format.ts}) end to end: alerts ingested with ECS fields,
 * attached to a case whose SIR fields turn flags on, pushed through the Table API; each flag that is on fills
 * its column with the unique values of its ECS field across the case's alerts, comma-joined; a flag that is
 * off sends nothing for its column. Through the Elastic app's Import Set API the values go to the incident's
 * observables instead, as Kibana sends them.
 */
class ServiceNowSirAlertsTest {

    private static final InspectableDatabase DB = InspectableDatabase.fresh();
    private static FakeServiceNow snow;
    private static TestEngine engine;
    private static Api api;
    private static Webhooks hooks;

    @BeforeAll
    static void start() {
        snow = FakeServiceNow.startSir();
        engine = TestEngine.start(OutboxSteps.oneAttempt(DB.settings()));
        api = engine.api();
        hooks = new Webhooks(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
        snow.close();
    }

    @BeforeEach
    void reset() {
        snow.reset();
    }

    @Test
    void flagsOnFillTheColumnsWithTheAlertsUniqueValuesCommaJoined() {
        String connector = OutboxSteps.connector(api, snow.connectorBody("SecOps"));
        String id = ServiceNowCases.newCase(api, connector, ".servicenow-sir", "Beaconing", Map.of(
                "category", "malware", "subcategory", "beacon", "priority", "2",
                "destIp", true, "sourceIp", true, "malwareHash", true, "malwareUrl", true));
        // Nested ECS objects, dotted keys, a list and a repeat: each found once, in the order attached.
        attach(id, alert("a1", "{\"source\":{\"ip\":\"10.0.0.1\"},\"destination\":{\"ip\":\"203.0.113.9\"},"
                + "\"file\":{\"hash\":{\"sha256\":\"aa11\"}},\"url\":{\"full\":\"http://bad.example/x?a=1\"}}"));
        attach(id, alert("a2", "{\"source.ip\":[\"10.0.0.2\",\"10.0.0.1\"],\"destination.ip\":\"203.0.113.9\","
                + "\"file.hash.sha256\":\"bb22\"}"));
        attach(id, alert("a3", "{\"host\":{\"name\":\"web-1\"}}"));

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().at("/external_service/external_title").asText()).isEqualTo("SIR0010001");
        JsonNode body = created();
        assertThat(body.get("source_ip").asText()).isEqualTo("10.0.0.1,10.0.0.2");
        assertThat(body.get("dest_ip").asText()).isEqualTo("203.0.113.9");
        assertThat(body.get("malware_hash").asText()).isEqualTo("aa11,bb22");
        assertThat(body.get("malware_url").asText()).isEqualTo("http://bad.example/x?a=1");
        assertThat(body.get("category").asText()).isEqualTo("malware");
        assertThat(body.get("subcategory").asText()).isEqualTo("beacon");
        assertThat(body.get("priority").asText()).isEqualTo("2");
        assertThat(body.get("correlation_id").asText()).isEqualTo(id);
    }

    @Test
    void flagsOffSendNoneOfTheColumnsEvenWithAlertsAttached() {
        String connector = OutboxSteps.connector(api, snow.connectorBody("SecOps"));
        String id = ServiceNowCases.newCase(api, connector, ".servicenow-sir", "Quiet", Map.of(
                "category", "malware", "destIp", false, "sourceIp", true, "malwareHash", false));
        attach(id, alert("b1", "{\"source\":{\"ip\":\"10.1.1.1\"},\"destination\":{\"ip\":\"198.51.100.7\"},"
                + "\"file\":{\"hash\":{\"sha256\":\"cc33\"}},\"url\":{\"full\":\"http://x.example\"}}"));

        assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);

        JsonNode body = created();
        assertThat(body.get("source_ip").asText()).isEqualTo("10.1.1.1");
        assertThat(body.has("dest_ip")).as(body.toString()).isFalse();
        assertThat(body.has("malware_hash")).as(body.toString()).isFalse();
        assertThat(body.has("malware_url")).as(body.toString()).isFalse(); // absent flag: off, as in Kibana
    }

    @Test
    void theImportSetApiSendsThemAsObservablesOfTheIncidentNotAsColumns() {
        String staging = "/api/now/import/x_elas2_sir_int_elastic_si_incident";
        String bulk = "/api/x_elas2_sir_int/elastic_api/incident/" + FakeServiceNow.SYS_ID + "/observables/bulk";
        snow.server().stubFor(get("/api/x_elas2_sir_int/elastic_api/health").willReturn(okJson(
                "{\"result\":{\"name\":\"Elastic\",\"scope\":\"x_elas2_sir_int\",\"version\":\"1.0.0\"}}")));
        snow.server().stubFor(post(staging).willReturn(okJson("{\"import_set\":\"ISET0010001\",\"result\":["
                + "{\"table\":\"sn_si_incident\",\"status\":\"inserted\",\"sys_id\":\"" + FakeServiceNow.SYS_ID
                + "\"}]}")));
        snow.server().stubFor(post(bulk).willReturn(okJson("{\"result\":[{\"value\":\"10.3.3.3\","
                + "\"observable_sys_id\":\"o1\"}]}")));
        Map<String, Object> body = snow.connectorBody("SecOps app");
        body.put("config", Map.of("apiUrl", snow.url(), "usesTableApi", false));
        String connector = OutboxSteps.connector(api, body);
        String id = ServiceNowCases.newCase(api, connector, ".servicenow-sir", "Via the app", Map.of(
                "destIp", true, "sourceIp", true, "malwareHash", true, "malwareUrl", false));
        attach(id, alert("d1", "{\"source\":{\"ip\":\"10.3.3.3\"},\"destination\":{\"ip\":\"10.3.3.3\"},"
                + "\"file\":{\"hash\":{\"sha256\":\"dd44\"}},\"url\":{\"full\":\"http://y.example\"}}"));
        attach(id, alert("d2", "{\"destination\":{\"ip\":\"192.0.2.1\"}}"));

        Api.Result pushed = ServiceNowCases.push(api, id, connector);

        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        JsonNode imported = Api.json(snow.server().findAll(postRequestedFor(urlEqualTo(staging))).get(0)
                .getBodyAsString());
        assertThat(imported.get("u_correlation_id").asText()).isEqualTo(id);
        assertThat(imported.has("u_dest_ip") || imported.has("u_source_ip") || imported.has("u_malware_hash"))
                .as(imported.toString()).isFalse();
        // Kibana's order: destination then source IPs as one ipv4-addr list (each value once), hashes, URLs.
        snow.server().verify(1, postRequestedFor(urlEqualTo(bulk)).withRequestBody(equalToJson(
                "[{\"value\":\"10.3.3.3\",\"type\":\"ipv4-addr\"},{\"value\":\"192.0.2.1\",\"type\":\"ipv4-addr\"},"
                        + "{\"value\":\"dd44\",\"type\":\"SHA256\"}]")));
    }

    @Test
    void theItsmTypeNeverSendsSecurityColumns() {
        FakeServiceNow itsm = FakeServiceNow.start();
        try {
            String connector = OutboxSteps.connector(api, itsm.connectorBody("ITSM"));
            String id = ServiceNowCases.newCase(api, connector, ".servicenow", "Plain", Map.of("urgency", "2"));
            attach(id, alert("c1", "{\"source\":{\"ip\":\"10.2.2.2\"}}"));

            assertThat(ServiceNowCases.push(api, id, connector).status()).isEqualTo(200);

            JsonNode body = Api.json(itsm.server().findAll(postRequestedFor(urlEqualTo(itsm.incidents())))
                    .get(0).getBodyAsString());
            assertThat(body.has("source_ip")).as(body.toString()).isFalse();
        } finally {
            itsm.close();
        }
    }

    /** A native alert with {@code fields}, ingested; its stored id. */
    private static String alert(String name, String fieldsJson) {
        Api.Result accepted = hooks.post("/api/alerts", "{\"id\":\"" + name + "-" + System.nanoTime()
                + "\",\"source\":\"ids\",\"status\":\"firing\",\"title\":\"Suspicious traffic\",\"fields\":"
                + fieldsJson + "}", "application/json");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        return accepted.body().at("/alerts/0/id").asText();
    }

    private static void attach(String caseId, String alertId) {
        Api.Result attached = api.post("/api/cases/" + caseId + "/comments",
                AttachmentFixtures.alerts(alertId, ".alerts-ids"));
        assertThat(attached.status()).as(attached.raw()).isEqualTo(200);
    }

    private static JsonNode created() {
        List<JsonNode> creates = new ArrayList<>();
        snow.server().findAll(snow.createsMade()).forEach(r -> creates.add(Api.json(r.getBodyAsString())));
        assertThat(creates).hasSize(1);
        return creates.get(0);
    }
}
