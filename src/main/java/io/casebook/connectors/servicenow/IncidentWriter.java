package io.casebook.connectors.servicenow;

/**
 * How a push writes the record, by the connector's {@code usesTableApi}: straight into the table, or through
 * the Elastic ServiceNow app's import set, whose transform map applies ServiceNow's own rules.
 * {@code additionalFields} is the case's raw value (a JSON object or its text, or null).
 */
interface IncidentWriter {

    /** Creates the record; its {@code sys_id}. */
    String create(IncidentBody body, Object additionalFields);

    void update(String id, IncidentBody body, Object additionalFields);

    /** Adds one comment as a work note; {@code body} is the update body, for APIs that need the whole record. */
    void addWorkNote(String id, IncidentBody body, Object additionalFields, String note);

    /**
     * Adds security observables ({@code {value, type}}) to the record; the Table API has them in its columns
     * already, so only the Elastic app's API has something to do.
     */
    default void addObservables(String id, java.util.List<java.util.Map<String, String>> observables) {
    }
}
