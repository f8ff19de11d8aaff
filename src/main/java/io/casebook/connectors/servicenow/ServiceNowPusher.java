package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Kibana's ServiceNow push (SC {@code servicenow/api.ts}): create or update the record through its
 * {@link IncidentWriter}, then one update per comment setting {@code work_notes}, then read the record back
 * through the Table API for its number (SecOps observables go in between on the Import Set API, as Kibana adds
 * them after its push). A create first looks the record up by its {@code correlation_id} (the
 * case id), so a create retried after ServiceNow already made it reuses it, in either API mode.
 */
final class ServiceNowPusher implements ConnectorPusher {

    private final ServiceNowClient snow;
    private final IncidentWriter writer;
    private final String table;
    private final IncidentFormat format;
    private final Function<String, IncidentStatus> statusOf;
    private final String creator;
    private final Function<PushRequest, List<Map<String, String>>> observables;

    /**
     * @param statusOf the case status to the record's state fields
     * @param creator  Kibana's {@code caller_id} and {@code opened_by} on a create: the Basic auth user, null
     *                 with OAuth (Kibana sends the username secret, which OAuth connectors do not have)
     * @param observables the security observables of a push (SecOps), empty for ITSM
     */
    ServiceNowPusher(ServiceNowClient snow, IncidentWriter writer, String table, IncidentFormat format,
                     Function<String, IncidentStatus> statusOf, String creator,
                     Function<PushRequest, List<Map<String, String>>> observables) {
        this.snow = snow;
        this.writer = writer;
        this.table = table;
        this.format = format;
        this.statusOf = statusOf;
        this.creator = creator;
        this.observables = observables;
    }

    @Override
    public ExternalRecord push(PushRequest request) {
        IncidentStatus status = statusOf.apply(request.status());
        IncidentBody update = format.body(request, status, null);
        Object additionalFields = request.fields().get("additionalFields");
        String id = request.externalId();
        if (id == null) {
            id = findByCorrelationId(request.caseId());
        }
        if (id == null) {
            id = writer.create(format.body(request, status, creator), additionalFields);
        } else {
            writer.update(id, update, additionalFields);
        }
        for (PushRequest.Comment comment : request.comments()) {
            writer.addWorkNote(id, update, additionalFields, comment.text());
            request.sent(comment);
        }
        writer.addObservables(id, observables.apply(request));
        String number = snow.call("GET", tablePath() + "/" + id, null).path("number").asText(null);
        if (number == null) {
            throw new PushFailedException("[Action][ServiceNow]: ServiceNow returned record " + id
                    + " without a number");
        }
        return new ExternalRecord(id, number, snow.apiUrl() + "/nav_to.do?uri=" + table + ".do?sys_id=" + id);
    }

    /** An update after a lost reply would duplicate nothing, but a retried create would; hence the lookup. */
    private String findByCorrelationId(String caseId) {
        String query = "correlation_id=" + caseId;
        JsonNode found = snow.call("GET", tablePath() + "?sysparm_query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&sysparm_limit=1", null);
        return found.isArray() && !found.isEmpty() ? found.get(0).path("sys_id").asText(null) : null;
    }

    private String tablePath() {
        return "/api/now/v2/table/" + table;
    }
}
