package io.casebook.support;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * Any HTTP case system behind Webhook - Case Management: records under {@code /records}, a search by case id
 * ({@code GET /records?case=<id>}, Casebook's lookup option) that finds record 7 ({@code CASE-7}) once a create
 * arrived, comments posted to {@code /records/7/comments}, errors as {@code {"message": ...}}.
 */
public final class FakeCaseSystem extends WireMockVendor {

    private static final String RECORDS = "/records";
    private static final String LIFE = "record";

    public static FakeCaseSystem start() {
        return started(new FakeCaseSystem());
    }

    @Override
    public void reset() {
        server().resetAll();
        server().stubFor(lookupCall().inScenario(LIFE).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"items\":[]}")));
        server().stubFor(lookupCall().inScenario(LIFE).whenScenarioStateIs(CREATED)
                .willReturn(okJson("{\"items\":[{\"id\":\"7\"}]}")));
        server().stubFor(createCall().inScenario(LIFE).willSetStateTo(CREATED).willReturn(created()));
        server().stubFor(get(RECORDS + "/7").willReturn(okJson("{\"id\":\"7\",\"number\":\"CASE-7\"}")));
        server().stubFor(put(RECORDS + "/7").willReturn(aResponse().withStatus(204)));
        server().stubFor(commentCall().willReturn(commented()));
    }

    @Override
    public MappingBuilder commentCall() {
        return post(urlEqualTo(RECORDS + "/7/comments"));
    }

    @Override
    public ResponseDefinitionBuilder commented() {
        return json(201, "{\"id\":\"c-1\"}");
    }

    @Override
    public RequestPatternBuilder commentsMade() {
        return postRequestedFor(urlEqualTo(RECORDS + "/7/comments"));
    }

    @Override
    public String commentSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("text").asText();
    }

    @Override
    public Map<String, Object> connectorBody(String name) {
        String base = url();
        Map<String, Object> config = new HashMap<>();
        config.put("createIncidentUrl", base + RECORDS);
        config.put("createIncidentJson", "{\"title\":{{{case.title}}},\"case\":{{{case.id}}}}");
        config.put("createIncidentResponseKey", "id");
        config.put("getIncidentUrl", base + RECORDS + "/{{{external.system.id}}}");
        config.put("getIncidentResponseExternalTitleKey", "number");
        config.put("viewIncidentUrl", base + "/view/{{{external.system.id}}}");
        config.put("updateIncidentUrl", base + RECORDS + "/{{{external.system.id}}}");
        config.put("updateIncidentJson", "{\"title\":{{{case.title}}}}");
        config.put("getIncidentByCaseIdUrl", base + RECORDS + "?case={{{case.id}}}");
        config.put("getIncidentByCaseIdResponseKey", "items.0.id");
        config.put("createCommentUrl", base + RECORDS + "/{{{external.system.id}}}/comments");
        config.put("createCommentMethod", "post");
        config.put("createCommentJson", "{\"text\":{{{case.comment}}}}");
        config.put("hasAuth", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("connector_type_id", ".cases-webhook");
        body.put("config", config);
        body.put("secrets", Map.of());
        return body;
    }

    @Override
    public MappingBuilder createCall() {
        return post(urlEqualTo(RECORDS));
    }

    @Override
    public ResponseDefinitionBuilder created() {
        return json(201, "{\"id\":\"7\"}");
    }

    @Override
    public ResponseDefinitionBuilder error(int status, String message) {
        return json(status, "{\"message\":\"" + message + "\"}");
    }

    @Override
    public MappingBuilder lookupCall() {
        return get(urlPathEqualTo(RECORDS));
    }

    @Override
    public RequestPatternBuilder lookups(String caseId) {
        return getRequestedFor(urlPathEqualTo(RECORDS)).withQueryParam("case", equalTo(caseId));
    }

    @Override
    public RequestPatternBuilder updates() {
        return putRequestedFor(urlEqualTo(RECORDS + "/7"));
    }

    @Override
    public String titleSent(LoggedRequest request) {
        return Api.json(request.getBodyAsString()).path("title").asText();
    }

    @Override
    public String recordId() {
        return "7";
    }

    @Override
    public String recordTitle() {
        return "CASE-7";
    }

    @Override
    public String lifeScenario() {
        return LIFE;
    }

    @Override
    public RequestPatternBuilder createsMade() {
        return postRequestedFor(urlEqualTo(RECORDS));
    }
}
