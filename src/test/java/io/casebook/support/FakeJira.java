package io.casebook.support;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * A Jira Cloud for push tests: WireMock answering REST v2 as Jira documents it (search by label, issue types,
 * create, read, update, comment), one issue {@code OPS-1} (id 10000) once created. Tests add failures on top.
 */
public final class FakeJira extends WireMockVendor {

    public static final String ISSUE = "/rest/api/2/issue";
    public static final String SEARCH = "/rest/api/2/search/jql";
    /** WireMock scenario whose state turns {@link #CREATED} once the issue exists. */
    public static final String LIFE = "issue";

    public static FakeJira start() {
        return started(new FakeJira());
    }

    /**
     * Back to a Jira with no issue: the label search finds nothing until a create succeeded (then it finds
     * 10000, as Jira would find the labelled issue), so retried creates are told apart from first ones.
     */
    @Override
    public void reset() {
        server().resetAll();
        server().stubFor(get(urlPathEqualTo(SEARCH)).inScenario(LIFE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
        server().stubFor(get(urlPathEqualTo(SEARCH)).inScenario(LIFE).whenScenarioStateIs(CREATED)
                .willReturn(okJson("{\"issues\":[{\"id\":\"10000\"}],\"isLast\":true}")));
        server().stubFor(get("/rest/api/2/issue/createmeta/OPS/issuetypes").willReturn(okJson(
                "{\"issueTypes\":[{\"id\":\"10001\",\"name\":\"Task\"}]}")));
        server().stubFor(post(ISSUE).inScenario(LIFE).willSetStateTo(CREATED).willReturn(created()));
        server().stubFor(get(ISSUE + "/10000").willReturn(okJson("{\"id\":\"10000\",\"key\":\"OPS-1\",\"fields\":{}}")));
        server().stubFor(put(ISSUE + "/10000").willReturn(aResponse().withStatus(204)));
        server().stubFor(commentCall().willReturn(commented()));
    }

    @Override
    public MappingBuilder commentCall() {
        return post(urlPathMatching(ISSUE + "/\\d+/comment"));
    }

    /** Jira's 201 with the new comment. */
    @Override
    public ResponseDefinitionBuilder commented() {
        return json(201, "{\"id\":\"1\"}");
    }

    @Override
    public RequestPatternBuilder commentsMade() {
        return postRequestedFor(urlPathMatching(ISSUE + "/\\d+/comment"));
    }

    @Override
    public String commentSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("body").asText();
    }

    /** Jira's answer to a successful create. */
    @Override
    public ResponseDefinitionBuilder created() {
        return json(201, "{\"id\":\"10000\",\"key\":\"OPS-1\",\"self\":\"" + url() + ISSUE + "/10000\"}");
    }

    @Override
    public MappingBuilder createCall() {
        return post(urlEqualTo(ISSUE));
    }

    /** Jira's error body: {@code errorMessages} and per-field {@code errors}. */
    @Override
    public ResponseDefinitionBuilder error(int status, String message) {
        return json(status, "{\"errorMessages\":[\"" + message + "\"],\"errors\":{}}");
    }

    @Override
    public MappingBuilder lookupCall() {
        return get(urlPathEqualTo(SEARCH));
    }

    @Override
    public RequestPatternBuilder lookups(String caseId) {
        return getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("jql", containing("casebook-" + caseId));
    }

    @Override
    public RequestPatternBuilder updates() {
        return putRequestedFor(urlEqualTo(ISSUE + "/10000"));
    }

    @Override
    public String titleSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).at("/fields/summary").asText();
    }

    @Override
    public String recordId() {
        return "10000";
    }

    @Override
    public String recordTitle() {
        return "OPS-1";
    }

    @Override
    public String lifeScenario() {
        return LIFE;
    }

    @Override
    public RequestPatternBuilder createsMade() {
        return postRequestedFor(urlEqualTo(ISSUE));
    }

    /** The actions API body of a connector to this Jira. */
    @Override
    public Map<String, Object> connectorBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("connector_type_id", ".jira");
        body.put("config", Map.of("apiUrl", url(), "projectKey", "OPS"));
        body.put("secrets", Map.of("email", "bot@example.com", "apiToken", "jira-token"));
        return body;
    }
}
