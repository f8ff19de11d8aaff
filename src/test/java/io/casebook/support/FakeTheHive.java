package io.casebook.support;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * A TheHive 5 for push tests: WireMock answering the v1 API as TheHive documents it (the query API listing cases
 * by tag, create, PATCH, read, comment; errors as {@code {type, message}}), one case {@link #CASE_ID} (number 7)
 * once created. Tests add failures on top.
 */
public final class FakeTheHive extends WireMockVendor {

    public static final String CASES = "/api/v1/case";
    public static final String QUERY = "/api/v1/query";
    public static final String CASE_ID = "~4264";
    /** TheHive 5 ids start with "~", which camel-http sends percent-encoded; both forms mean the same path. */
    public static final String CASE_PATH = CASES + "/(~|%7E)4264";
    /** WireMock scenario whose state turns {@link #CREATED} once the case exists. */
    public static final String LIFE = "case";

    public static FakeTheHive start() {
        return started(new FakeTheHive());
    }

    /**
     * Back to a TheHive with no case: a {@code listCase} query filtered on a {@code casebook:} tag finds nothing
     * until a create arrived (then it finds {@link #CASE_ID}, as TheHive would find the tagged case), so retried
     * creates are told apart from first ones.
     */
    @Override
    public void reset() {
        server().resetAll();
        server().stubFor(byCaseTag(post(urlPathEqualTo(QUERY)))
                .inScenario(LIFE).whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("[]")));
        server().stubFor(byCaseTag(post(urlPathEqualTo(QUERY)))
                .inScenario(LIFE).whenScenarioStateIs(CREATED).willReturn(okJson("[" + theCase() + "]")));
        server().stubFor(post(CASES).inScenario(LIFE).willSetStateTo(CREATED).willReturn(created()));
        server().stubFor(get(urlPathMatching(CASE_PATH)).willReturn(okJson(theCase())));
        server().stubFor(patch(urlPathMatching(CASE_PATH)).willReturn(aResponse().withStatus(204)));
        server().stubFor(commentCall().willReturn(commented()));
    }

    @Override
    public MappingBuilder commentCall() {
        return post(urlPathMatching(CASE_PATH + "/comment"));
    }

    /** TheHive's 201 with the new comment. */
    @Override
    public ResponseDefinitionBuilder commented() {
        return json(201, "{\"_id\":\"~8\",\"_type\":\"Comment\",\"message\":\"m\"}");
    }

    @Override
    public RequestPatternBuilder commentsMade() {
        return postRequestedFor(urlPathMatching(CASE_PATH + "/comment"));
    }

    @Override
    public String commentSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("message").asText();
    }

    /** TheHive's answer to a successful create: 201 with the new case. */
    @Override
    public ResponseDefinitionBuilder created() {
        return json(201, theCase());
    }

    /** TheHive's error body ({@code {type, message}}, ScalliGraph's ErrorHandler). */
    public static ResponseDefinitionBuilder error(int status, String type, String message) {
        return json(status, "{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    @Override
    public MappingBuilder createCall() {
        return post(urlEqualTo(CASES));
    }

    /** TheHive's {@code {type, message}} with the type its error handler gives the status. */
    @Override
    public ResponseDefinitionBuilder error(int status, String message) {
        String type = switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "AuthenticationError";
            case 403 -> "AuthorizationError";
            case 404 -> "NotFoundError";
            default -> "InternalError";
        };
        return error(status, type, message);
    }

    @Override
    public MappingBuilder lookupCall() {
        return post(urlPathEqualTo(QUERY));
    }

    @Override
    public RequestPatternBuilder lookups(String caseId) {
        return postRequestedFor(urlPathEqualTo(QUERY))
                .withRequestBody(matchingJsonPath("$.query[1]._eq._value", equalTo("casebook:" + caseId)));
    }

    @Override
    public RequestPatternBuilder updates() {
        return patchRequestedFor(urlPathMatching(CASE_PATH));
    }

    @Override
    public String titleSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("title").asText();
    }

    @Override
    public String recordId() {
        return CASE_ID;
    }

    @Override
    public String recordTitle() {
        return "#7";
    }

    @Override
    public String lifeScenario() {
        return LIFE;
    }

    @Override
    public RequestPatternBuilder createsMade() {
        return postRequestedFor(urlEqualTo(CASES));
    }

    /** The actions API body of a connector to this TheHive, in organisation SOC. */
    @Override
    public Map<String, Object> connectorBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("connector_type_id", ".thehive");
        body.put("config", Map.of("url", url(), "organisation", "SOC"));
        body.put("secrets", Map.of("apiKey", "hive-key"));
        return body;
    }

    /** The query API's steps: {@code listCase}, then a filter on the tags holding {@code casebook:<caseId>}. */
    private static MappingBuilder byCaseTag(MappingBuilder query) {
        return query.withRequestBody(matchingJsonPath("$.query[0]._name", equalTo("listCase")))
                .withRequestBody(matchingJsonPath("$.query[1]._name", equalTo("filter")))
                .withRequestBody(matchingJsonPath("$.query[1]._eq._field", equalTo("tags")))
                .withRequestBody(matchingJsonPath("$.query[1]._eq._value", matching("casebook:.+")));
    }

    private static String theCase() {
        return "{\"_id\":\"" + CASE_ID + "\",\"_type\":\"Case\",\"number\":7,\"title\":\"t\",\"severity\":2,"
                + "\"tlp\":2,\"status\":\"New\",\"stage\":\"New\"}";
    }
}
