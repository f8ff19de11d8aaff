package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.PushFailedException;

import java.util.List;
import java.util.Map;

/**
 * The Elastic ServiceNow app's Import Set API ({@code usesTableApi: false}), as Kibana's {@code service.ts}
 * uses it: every write is a POST of {@code u_}-prefixed columns to the app's staging table, an update names
 * its record in {@code elastic_incident_id}, and the transform's outcome is {@code result[0]}. The app's
 * health endpoint is checked first, so a missing app is reported as such rather than as a 404 on the import.
 */
final class ImportSetWriter implements IncidentWriter {

    /** Names the record to update; not prefixed, as in Kibana's {@code updateIncident}. */
    static final String INCIDENT_ID = "elastic_incident_id";

    private final ServiceNowClient snow;
    private final String importPath;
    private final String healthPath;
    private final String incidentPath;
    private boolean appChecked;

    /**
     * @param importSetTable the app's staging table, e.g. {@code x_elas2_inc_int_elastic_incident}
     * @param appScope       the app's scope, e.g. {@code x_elas2_inc_int}
     */
    ImportSetWriter(ServiceNowClient snow, String importSetTable, String appScope) {
        this.snow = snow;
        this.importPath = "/api/now/import/" + importSetTable;
        this.healthPath = "/api/" + appScope + "/elastic_api/health";
        this.incidentPath = "/api/" + appScope + "/elastic_api/incident/";
    }

    @Override
    public String create(IncidentBody body, Object additionalFields) {
        return post(ServiceNowFields.importSetBody(body.withoutObservables(), additionalFields),
                "Unable to create incident");
    }

    @Override
    public void update(String id, IncidentBody body, Object additionalFields) {
        Map<String, Object> record = ServiceNowFields.importSetBody(body.withoutObservables(), additionalFields);
        record.put(INCIDENT_ID, id);
        post(record, "Unable to update incident with id " + id);
    }

    /** Kibana posts the whole record again with the note: the transform map may require its columns. */
    @Override
    public void addWorkNote(String id, IncidentBody body, Object additionalFields, String note) {
        Map<String, Object> record = ServiceNowFields.importSetBody(body.withoutObservables(), additionalFields);
        record.put(ServiceNowFields.IMPORT_SET_PREFIX + "work_notes", note);
        record.put(INCIDENT_ID, id);
        post(record, "Unable to update incident with id " + id);
    }

    /**
     * Kibana's {@code bulkAddObservableToIncident}: the app's observables endpoint, after the record is written
     * (Kibana nulls the observable columns on this API and sends them here instead).
     */
    @Override
    public void addObservables(String id, List<Map<String, String>> observables) {
        if (observables.isEmpty()) {
            return;
        }
        checkApp();
        snow.call("POST", incidentPath + id + "/observables/bulk", observables,
                "Unable to add observables to security incident with id " + id);
    }

    /** The {@code sys_id} of the record the transform inserted or updated. */
    private String post(Map<String, Object> record, String action) {
        checkApp();
        JsonNode result = snow.call("POST", importPath, record, action);
        JsonNode row = result.path(0);
        if (row.isMissingNode()) {
            throw new PushFailedException("[Action][ServiceNow]: " + action + ". Error: Unexpected result");
        }
        if ("error".equals(row.path("status").asText())) {
            throw new PushFailedException("[Action][ServiceNow]: " + action + ". Error: "
                    + row.path("error_message").asText("the import set transform failed"));
        }
        String id = row.path("sys_id").asText("");
        if (id.isBlank()) {
            throw new PushFailedException("[Action][ServiceNow]: " + action + ". Error: no sys_id in the result");
        }
        return id;
    }

    /** Once per push: Kibana checks before every write, but the app cannot vanish between two calls of a push. */
    private void checkApp() {
        if (!appChecked) {
            snow.call("GET", healthPath, null, "Unable to get application version (is the Elastic ServiceNow app "
                    + "installed?)");
            appChecked = true;
        }
    }
}
