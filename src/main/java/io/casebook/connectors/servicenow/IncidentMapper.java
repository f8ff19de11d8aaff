package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.PushRequest;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Kibana's ITSM and SIR formats ({@code itsm_format.ts}, {@code sir_format.ts}): a push to the record's
 * columns. {@code creator} is the connector's user on a create (Kibana's {@code caller_id} and
 * {@code opened_by}), null on an update.
 */
@Mapper
interface IncidentMapper {

    IncidentMapper INSTANCE = Mappers.getMapper(IncidentMapper.class);

    @Mapping(target = "shortDescription", source = "request.title")
    @Mapping(target = "description", source = "request.description")
    @Mapping(target = "urgency", expression = "java(request.field(\"urgency\"))")
    @Mapping(target = "severity", expression = "java(request.field(\"severity\"))")
    @Mapping(target = "impact", expression = "java(request.field(\"impact\"))")
    @Mapping(target = "category", expression = "java(request.field(\"category\"))")
    @Mapping(target = "subcategory", expression = "java(request.field(\"subcategory\"))")
    @Mapping(target = "priority", ignore = true)
    @Mapping(target = "correlationId", source = "request.caseId")
    @Mapping(target = "correlationDisplay", constant = ServiceNowFields.CORRELATION_DISPLAY)
    @Mapping(target = "state", source = "status.state")
    @Mapping(target = "closeCode", source = "status.closeCode")
    @Mapping(target = "closeNotes", source = "status.closeNotes")
    @Mapping(target = "callerId", source = "creator")
    @Mapping(target = "openedBy", source = "creator")
    @Mapping(target = "destIp", ignore = true)
    @Mapping(target = "sourceIp", ignore = true)
    @Mapping(target = "malwareHash", ignore = true)
    @Mapping(target = "malwareUrl", ignore = true)
    IncidentBody itsm(PushRequest request, IncidentStatus status, String creator);

    /** The alert flags (destIp...) fill their columns with the alerts' values ({@link SirObservables}). */
    @Mapping(target = "shortDescription", source = "request.title")
    @Mapping(target = "description", source = "request.description")
    @Mapping(target = "urgency", ignore = true)
    @Mapping(target = "severity", ignore = true)
    @Mapping(target = "impact", ignore = true)
    @Mapping(target = "category", expression = "java(request.field(\"category\"))")
    @Mapping(target = "subcategory", expression = "java(request.field(\"subcategory\"))")
    @Mapping(target = "priority", expression = "java(request.field(\"priority\"))")
    @Mapping(target = "correlationId", source = "request.caseId")
    @Mapping(target = "correlationDisplay", constant = ServiceNowFields.CORRELATION_DISPLAY)
    @Mapping(target = "state", source = "status.state")
    @Mapping(target = "closeCode", source = "status.closeCode")
    @Mapping(target = "closeNotes", source = "status.closeNotes")
    @Mapping(target = "callerId", source = "creator")
    @Mapping(target = "openedBy", source = "creator")
    @Mapping(target = "destIp", expression = "java(SirObservables.DEST_IP.column(request))")
    @Mapping(target = "sourceIp", expression = "java(SirObservables.SOURCE_IP.column(request))")
    @Mapping(target = "malwareHash", expression = "java(SirObservables.MALWARE_HASH.column(request))")
    @Mapping(target = "malwareUrl", expression = "java(SirObservables.MALWARE_URL.column(request))")
    IncidentBody sir(PushRequest request, IncidentStatus status, String creator);
}
