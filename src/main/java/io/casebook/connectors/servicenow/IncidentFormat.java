package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.PushRequest;

/** A type's case-to-record format: {@link IncidentMapper#itsm} or {@link IncidentMapper#sir}. */
@FunctionalInterface
interface IncidentFormat {

    /** {@code creator} is the connector's user on a create, null on an update. */
    IncidentBody body(PushRequest request, IncidentStatus status, String creator);
}
