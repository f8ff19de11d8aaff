package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ConnectorExecutor;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.InvalidParamsException;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;
import io.casebook.connector.spi.PushToService;
import io.casebook.connector.spi.SubActionParams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Kibana's ServiceNow sub-actions (SC {@code lib/servicenow/service.ts}) for test calls over the Table API:
 * {@code getIncident}, {@code getChoices} (the {@code sys_choice} values of some fields, as the case form shows
 * them) and {@code pushToService} through the type's own pusher.
 */
final class ServiceNowExecutor implements ConnectorExecutor {

    private final ConnectorPusher pusher;
    private final ServiceNowClient snow;
    private final String table;
    private final List<String> caseFields;

    /** The executor of one instance of the type whose records live in {@code table}. */
    ServiceNowExecutor(ConnectorPusher pusher, ServiceNowClient snow, String table, List<String> caseFields) {
        this.pusher = pusher;
        this.snow = snow;
        this.table = table;
        this.caseFields = caseFields;
    }

    @Override
    public List<String> subActions() {
        return List.of("getIncident", "pushToService", "getChoices");
    }

    @Override
    public Object execute(String subAction, Map<String, Object> params) {
        return switch (subAction) {
            case "getIncident" -> incident(SubActionParams.of(params).text("externalId"));
            case "getChoices" -> choices(SubActionParams.of(params).strings("fields"));
            case "pushToService" -> push(PushToService.read(params));
            default -> throw new IllegalArgumentException("Not a ServiceNow sub-action: " + subAction);
        };
    }

    private JsonNode incident(String id) {
        if (id.isBlank()) {
            throw new PushFailedException("[Action][ServiceNow]: Unable to get incident with id " + id
                    + ". Error: Incident id is empty.");
        }
        return doing("get incident with id " + id, () -> snow.call("GET", "/api/now/v2/table/" + table + "/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8), null));
    }

    /** Kibana's query: the choices of the fields on {@code task} or the type's table, in English. */
    private JsonNode choices(List<String> fields) {
        if (fields.isEmpty()) {
            throw new InvalidParamsException("[subActionParams.fields]: array size is [0], but cannot be smaller than [1]");
        }
        StringBuilder query = new StringBuilder("name=task^ORname=" + table + "^element=" + fields.get(0));
        fields.subList(1, fields.size()).forEach(f -> query.append("^ORelement=").append(f));
        query.append("^language=en");
        return doing("get choices", () -> snow.call("GET", "/api/now/table/sys_choice?sysparm_query="
                + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8)
                + "&sysparm_fields=label,value,dependent_value,element", null));
    }

    /** Kibana's incident params use the case fields' names; {@code correlation_id} becomes the case id. */
    private Map<String, Object> push(PushToService push) {
        SubActionParams incident = push.incident();
        Map<String, Object> fields = new LinkedHashMap<>();
        caseFields.forEach(field -> fields.put(field, incident.optionalText(field)));
        fields.put("additionalFields", incident.optionalMap("additional_fields"));
        PushRequest request = new PushRequest(PushToService.caseIdOr(incident.optionalText("correlation_id")),
                push.externalId(), incident.text("short_description"), incident.optionalText("description"),
                List.of(), fields, push.requestComments(), null, null);
        return push.answer(pusher.push(request), Instant.now());
    }

    /** The client words every failure as a push; a read says what it was doing, as Kibana's messages do. */
    private static <T> T doing(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (PushFailedException e) {
            throw new PushFailedException(e.getMessage().replace("Unable to push to ServiceNow",
                    "Unable to " + what), e);
        }
    }
}
