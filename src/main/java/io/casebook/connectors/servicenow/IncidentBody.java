package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The columns Casebook writes on an ITSM incident or a SecOps security incident, named as ServiceNow names
 * them ({@code dest_ip}... only on security incidents). Absent values are left out rather than sent as null, so ServiceNow keeps its defaults and what users
 * set there (Kibana sends nulls).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IncidentBody(
        @JsonProperty("short_description") String shortDescription,
        @JsonProperty("description") String description,
        @JsonProperty("urgency") String urgency,
        @JsonProperty("severity") String severity,
        @JsonProperty("impact") String impact,
        @JsonProperty("category") String category,
        @JsonProperty("subcategory") String subcategory,
        @JsonProperty("priority") String priority,
        @JsonProperty("correlation_id") String correlationId,
        @JsonProperty("correlation_display") String correlationDisplay,
        @JsonProperty("state") String state,
        @JsonProperty("close_code") String closeCode,
        @JsonProperty("close_notes") String closeNotes,
        @JsonProperty("caller_id") String callerId,
        @JsonProperty("opened_by") String openedBy,
        @JsonProperty("dest_ip") String destIp,
        @JsonProperty("source_ip") String sourceIp,
        @JsonProperty("malware_hash") String malwareHash,
        @JsonProperty("malware_url") String malwareUrl) {

    /** The same columns without the security observables, which the Import Set API takes as observables. */
    IncidentBody withoutObservables() {
        return new IncidentBody(shortDescription, description, urgency, severity, impact, category, subcategory,
                priority, correlationId, correlationDisplay, state, closeCode, closeNotes, callerId, openedBy,
                null, null, null, null);
    }
}
