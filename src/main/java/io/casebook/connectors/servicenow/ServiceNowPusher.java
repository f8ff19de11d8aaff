package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kibana's ServiceNow push over the Table API (SC {@code servicenow/api.ts}): create or PATCH the record, then
 * one PATCH per comment setting {@code work_notes}. A create first looks the record up by its
 * {@code correlation_id} (the case id), so a create retried after ServiceNow already made it reuses it.
 */
final class ServiceNowPusher implements ConnectorPusher {

    private final ServiceNowClient snow;
    private final String table;
    private final Map<String, String> columns;
    private final String username;

    ServiceNowPusher(ServiceNowClient snow, String table, Map<String, String> columns, String username) {
        this.snow = snow;
        this.table = table;
        this.columns = columns;
        this.username = username;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        String path = "/api/now/v2/table/" + table;
        Map<String, Object> record = ServiceNowFields.record(request, columns);
        String id = request.externalId();
        if (id == null) {
            id = findByCorrelationId(path, request.caseId());
        }
        if (id == null) {
            id = create(path, record);
        } else {
            snow.call("PATCH", path + "/" + id, record);
        }
        for (String comment : request.comments()) {
            snow.call("PATCH", path + "/" + id, Map.of("work_notes", comment));
        }
        String number = snow.call("GET", path + "/" + id, null).path("number").asText(null);
        if (number == null) {
            throw new PushFailedException("[Action][ServiceNow]: ServiceNow returned record " + id
                    + " without a number");
        }
        return new ExternalRecord(id, number, snow.apiUrl() + "/nav_to.do?uri=" + table + ".do?sys_id=" + id);
    }

    /** Kibana's Table API create names the connector's user as caller and opener. */
    private String create(String path, Map<String, Object> record) {
        Map<String, Object> body = new LinkedHashMap<>(record);
        body.put("caller_id", username);
        body.put("opened_by", username);
        String id = snow.call("POST", path, body).path("sys_id").asText("");
        if (id.isBlank()) {
            throw new PushFailedException("[Action][ServiceNow]: ServiceNow created a record without a sys_id");
        }
        return id;
    }

    /** An update after a lost reply would duplicate nothing, but a retried create would; hence the lookup. */
    private String findByCorrelationId(String path, String caseId) {
        String query = "correlation_id=" + caseId;
        JsonNode found = snow.call("GET", path + "?sysparm_query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&sysparm_limit=1", null);
        return found.isArray() && !found.isEmpty() ? found.get(0).path("sys_id").asText(null) : null;
    }
}
