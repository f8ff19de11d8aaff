package io.casebook.support;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * A ServiceNow instance for push tests: WireMock answering the Table API as ServiceNow documents it (query
 * by {@code correlation_id}, create, PATCH, read, each wrapped in {@code {"result": ...}}, errors as
 * {@code {"error": {message, detail}, "status": "failure"}}), one incident {@link #NUMBER} ({@link #SYS_ID}) once
 * created, in the ITSM {@code incident} table ({@link #start()}) or the SecOps {@code sn_si_incident} table
 * ({@link #startSir()}). Tests add failures on top.
 */
public final class FakeServiceNow extends WireMockVendor {

    /** The ITSM table's path; {@link #incidents()} is the path of this fake's table. */
    public static final String INCIDENTS = "/api/now/v2/table/incident";
    public static final String SECURITY_INCIDENTS = "/api/now/v2/table/sn_si_incident";
    public static final String SYS_ID = "5f1c2a7e1b2f4d10a8c9e3b4d6f70123";
    /** The ITSM incident's number; a security incident's is {@code SIR0010001}. */
    public static final String NUMBER = "INC0010001";
    /** WireMock scenario whose state turns {@link #CREATED} once the incident exists. */
    public static final String LIFE = "incident";

    private final String incidents;
    private final String type;
    private final String number;

    private FakeServiceNow(String incidents, String type, String number) {
        this.incidents = incidents;
        this.type = type;
        this.number = number;
    }

    /** An ITSM instance, for {@code .servicenow} connectors. */
    public static FakeServiceNow start() {
        return started(new FakeServiceNow(INCIDENTS, ".servicenow", NUMBER));
    }

    /** A SecOps instance, for {@code .servicenow-sir} connectors: the same calls on security incidents. */
    public static FakeServiceNow startSir() {
        return started(new FakeServiceNow(SECURITY_INCIDENTS, ".servicenow-sir", "SIR0010001"));
    }

    /** The Table API path of this fake's table. */
    public String incidents() {
        return incidents;
    }

    /**
     * Back to an instance with no incident: the {@code correlation_id} query finds nothing until a create arrived
     * (then it finds {@link #SYS_ID}, as ServiceNow would find the correlated incident), so retried creates are
     * told apart from first ones.
     */
    @Override
    public void reset() {
        server().resetAll();
        server().stubFor(get(urlPathEqualTo(incidents)).withQueryParam("sysparm_query", matching("correlation_id=.+"))
                .inScenario(LIFE).whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{\"result\":[]}")));
        server().stubFor(get(urlPathEqualTo(incidents)).withQueryParam("sysparm_query", matching("correlation_id=.+"))
                .inScenario(LIFE).whenScenarioStateIs(CREATED).willReturn(okJson("{\"result\":[" + record() + "]}")));
        server().stubFor(post(incidents).inScenario(LIFE).willSetStateTo(CREATED).willReturn(created()));
        server().stubFor(patch(incidents + "/" + SYS_ID).willReturn(okJson("{\"result\":" + record() + "}")));
        server().stubFor(commentCall().willReturn(commented()));
        server().stubFor(get(incidents + "/" + SYS_ID).willReturn(okJson("{\"result\":" + record() + "}")));
    }

    /** The Table API's answer to a successful create: 201 with the new record. */
    @Override
    public ResponseDefinitionBuilder created() {
        return json(201, "{\"result\":" + record() + "}");
    }

    /** ServiceNow's error body, as its REST APIs send it with a 4xx or 5xx. */
    public static ResponseDefinitionBuilder error(int status, String message, String detail) {
        return json(status, "{\"error\":{\"message\":\"" + message + "\",\"detail\":\"" + detail + "\"},"
                + "\"status\":\"failure\"}");
    }

    @Override
    public MappingBuilder createCall() {
        return post(urlEqualTo(incidents));
    }

    @Override
    public ResponseDefinitionBuilder error(int status, String message) {
        return error(status, message, message);
    }

    /** A work note: Kibana's ServiceNow adds each comment as a PATCH of the record setting {@code work_notes}. */
    @Override
    public MappingBuilder commentCall() {
        return patch(urlEqualTo(incidents + "/" + SYS_ID)).withRequestBody(matchingJsonPath("$.work_notes"));
    }

    @Override
    public ResponseDefinitionBuilder commented() {
        return okJson("{\"result\":" + record() + "}");
    }

    @Override
    public RequestPatternBuilder commentsMade() {
        return patchRequestedFor(urlEqualTo(incidents + "/" + SYS_ID)).withRequestBody(matchingJsonPath("$.work_notes"));
    }

    @Override
    public String commentSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("work_notes").asText();
    }

    @Override
    public MappingBuilder lookupCall() {
        return get(urlPathEqualTo(incidents));
    }

    @Override
    public RequestPatternBuilder lookups(String caseId) {
        return getRequestedFor(urlPathEqualTo(incidents))
                .withQueryParam("sysparm_query", equalTo("correlation_id=" + caseId))
                .withQueryParam("sysparm_limit", equalTo("1"));
    }

    @Override
    public RequestPatternBuilder updates() {
        return patchRequestedFor(urlEqualTo(incidents + "/" + SYS_ID));
    }

    @Override
    public String titleSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("short_description").asText();
    }

    @Override
    public String recordId() {
        return SYS_ID;
    }

    @Override
    public String recordTitle() {
        return number;
    }

    @Override
    public String lifeScenario() {
        return LIFE;
    }

    @Override
    public RequestPatternBuilder createsMade() {
        return postRequestedFor(urlEqualTo(incidents));
    }

    /** The actions API body of a Table API connector to this instance, with Basic auth. */
    @Override
    public Map<String, Object> connectorBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("connector_type_id", type);
        body.put("config", Map.of("apiUrl", url(), "usesTableApi", true));
        body.put("secrets", Map.of("username", "admin", "password", "snow-pass"));
        return body;
    }

    private String record() {
        return "{\"sys_id\":\"" + SYS_ID + "\",\"number\":\"" + number + "\",\"state\":\"1\","
                + "\"correlation_display\":\"Elastic Case\"}";
    }
}
