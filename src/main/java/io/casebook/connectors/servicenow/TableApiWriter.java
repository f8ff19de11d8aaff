package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.PushFailedException;

import java.util.Map;

/** The Table API ({@code usesTableApi: true}): POST to create, PATCH the record to update and to add notes. */
final class TableApiWriter implements IncidentWriter {

    private final ServiceNowClient snow;
    private final String path;

    TableApiWriter(ServiceNowClient snow, String table) {
        this.snow = snow;
        this.path = "/api/now/v2/table/" + table;
    }

    @Override
    public String create(IncidentBody body, Object additionalFields) {
        String id = snow.call("POST", path, ServiceNowFields.tableBody(body, additionalFields))
                .path("sys_id").asText("");
        if (id.isBlank()) {
            throw new PushFailedException("[Action][ServiceNow]: ServiceNow created a record without a sys_id");
        }
        return id;
    }

    @Override
    public void update(String id, IncidentBody body, Object additionalFields) {
        snow.call("PATCH", path + "/" + id, ServiceNowFields.tableBody(body, additionalFields));
    }

    /** A PATCH of the note alone: the record was just updated, and sending it again would change nothing. */
    @Override
    public void addWorkNote(String id, IncidentBody body, Object additionalFields, String note) {
        snow.call("PATCH", path + "/" + id, Map.of("work_notes", note));
    }
}
