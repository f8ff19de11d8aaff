package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.CaseStatusMapping;

/**
 * The {@code state} a push puts the record in, from the connector's {@link CaseStatusMapping}, with the
 * resolution ITSM's "close code and notes are mandatory when resolving" data policy needs when it closes.
 * All null when the case's status is not mapped: the record's state is then left to ServiceNow users.
 */
record IncidentStatus(String state, String closeCode, String closeNotes) {

    /** What Casebook writes in the incident's resolution notes when it closes it. */
    static final String CLOSE_NOTES = "Closed in Casebook";

    static final IncidentStatus UNCHANGED = new IncidentStatus(null, null, null);

    /**
     * @param closeCode the close code to send with a mapped close; null for tables that have none (SecOps)
     */
    static IncidentStatus of(CaseStatusMapping mapping, String caseStatus, String closeCode) {
        if (caseStatus == null) {
            return UNCHANGED;
        }
        return mapping.target(caseStatus)
                .map(state -> "closed".equals(caseStatus) && closeCode != null
                        ? new IncidentStatus(state, closeCode, CLOSE_NOTES)
                        : new IncidentStatus(state, null, null))
                .orElse(UNCHANGED);
    }
}
