package io.casebook.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.connector.spi.ConnectorExecutor;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;
import io.casebook.connector.spi.PushToService;
import io.casebook.connector.spi.SubActionParams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Kibana's Jira sub-actions (SC {@code jira/api.ts}) for test calls: {@code issueTypes}, {@code getIncident}
 * and {@code pushToService}, the last through the type's own pusher so a test push behaves as a case push.
 */
final class JiraExecutor implements ConnectorExecutor {

    private final ConnectorPusher pusher;
    private final JiraClient jira;
    private final String projectKey;

    JiraExecutor(ConnectorPusher pusher, JiraClient jira, String projectKey) {
        this.pusher = pusher;
        this.jira = jira;
        this.projectKey = projectKey;
    }

    /** The executor of one instance, pushing through that instance's {@code pusher}. */
    static JiraExecutor of(ConnectorPusher pusher, Map<String, Object> config, Map<String, Object> secrets,
                           ExternalHttp http) {
        return new JiraExecutor(pusher, new JiraClient(http, (String) config.get("apiUrl"),
                (String) secrets.get("email"), (String) secrets.get("apiToken")), (String) config.get("projectKey"));
    }

    @Override
    public List<String> subActions() {
        return List.of("getIncident", "pushToService", "issueTypes");
    }

    @Override
    public Object execute(String subAction, Map<String, Object> params) {
        return switch (subAction) {
            case "issueTypes" -> issueTypes();
            case "getIncident" -> incident(SubActionParams.of(params).text("externalId"));
            case "pushToService" -> push(PushToService.read(params));
            default -> throw new IllegalArgumentException("Not a Jira sub-action: " + subAction);
        };
    }

    /** Cloud answers {@code issueTypes}, Data Center {@code values}; Kibana keeps only id and name. */
    private List<Map<String, String>> issueTypes() {
        JsonNode answer = doing("get issue types", () -> jira.get("/rest/api/2/issue/createmeta/" + projectKey
                + "/issuetypes"));
        List<Map<String, String>> types = new ArrayList<>();
        (answer.has("issueTypes") ? answer.path("issueTypes") : answer.path("values")).forEach(t -> {
            Map<String, String> type = new LinkedHashMap<>();
            type.put("id", t.path("id").asText());
            type.put("name", t.path("name").asText());
            types.add(type);
        });
        return types;
    }

    /** Kibana's getIncident: the issue's fields flattened beside its id and key. */
    private JsonNode incident(String id) {
        JsonNode issue = doing("get incident with id " + id, () -> jira.get("/rest/api/2/issue/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8)));
        if (!issue.hasNonNull("id") || !issue.hasNonNull("key")) {
            throw new PushFailedException("[Action][Jira]: Unable to get incident with id " + id
                    + ". Error: Response is missing at least one of the expected fields: id,key");
        }
        ObjectNode flat = JsonNodeFactory.instance.objectNode();
        flat.set("id", issue.get("id"));
        flat.set("key", issue.get("key"));
        if (issue.path("fields").isObject()) {
            flat.setAll((ObjectNode) issue.get("fields"));
        }
        return flat;
    }

    private Map<String, Object> push(PushToService push) {
        SubActionParams incident = push.incident();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("issueType", incident.optionalText("issueType"));
        fields.put("priority", incident.optionalText("priority"));
        fields.put("parent", incident.optionalText("parent"));
        fields.put(JiraOtherFields.FIELD, incident.optionalMap(JiraOtherFields.FIELD)); // an object here, as in Kibana
        PushRequest request = new PushRequest(PushToService.caseIdOr(null), push.externalId(),
                incident.text("summary"), incident.optionalText("description"), incident.strings("labels"),
                fields, push.requestComments(), null, null);
        return push.answer(pusher.push(request), Instant.now());
    }

    /** The client words every failure as a push; a read says what it was doing, as Kibana's messages do. */
    private static <T> T doing(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (PushFailedException e) {
            throw new PushFailedException(e.getMessage().replace("Unable to push to Jira", "Unable to " + what), e);
        }
    }
}
