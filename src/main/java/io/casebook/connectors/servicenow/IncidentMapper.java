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
    IncidentBody itsm(PushRequest request, IncidentStatus status, String creator);

    /** The alert flags (destIp...) select alert values to enrich with; out of scope, so never sent. */
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
    IncidentBody sir(PushRequest request, IncidentStatus status, String creator);
}
