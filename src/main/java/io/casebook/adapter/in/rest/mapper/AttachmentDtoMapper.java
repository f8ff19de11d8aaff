package io.casebook.adapter.in.rest.mapper;

import io.casebook.adapter.in.rest.WireFormats;
import io.casebook.adapter.in.rest.dto.AlertRuleDto;
import io.casebook.adapter.in.rest.dto.AttachmentRequest;
import io.casebook.adapter.in.rest.dto.AttachmentResponse;
import io.casebook.adapter.in.rest.dto.CaseAlertResponse;
import io.casebook.adapter.in.rest.dto.CaseResponse;
import io.casebook.adapter.in.rest.dto.RelatedCaseResponse;
import io.casebook.application.attachments.CaseAlert;
import io.casebook.application.attachments.CaseWithAttachments;
import io.casebook.domain.AlertRule;
import io.casebook.domain.AttachedAlerts;
import io.casebook.domain.Attachment;
import io.casebook.domain.AttachmentContent;
import io.casebook.domain.AttachmentType;
import io.casebook.domain.Case;
import io.casebook.domain.CasesException;
import io.casebook.domain.Owner;
import io.casebook.domain.UserComment;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Maps attachments and the alert lookups between the Kibana wire DTOs and the domain. */
@Mapper(uses = CaseDtoMapper.class)
public interface AttachmentDtoMapper {

    AttachmentDtoMapper INSTANCE = Mappers.getMapper(AttachmentDtoMapper.class);

    /** The case as Kibana answers an attachment change: with every attachment in {@code comments}. */
    default CaseResponse toResponse(CaseWithAttachments result) {
        return toResponse(result.theCase(), new ArrayList<>(result.attachments().stream().map(this::toResponse).toList()));
    }

    @Mapping(target = "comments", source = "comments")
    @Mapping(target = "totalEvents", constant = "0")
    CaseResponse toResponse(Case theCase, List<Object> comments);

    @Mapping(target = "type", expression = "java(attachment.type().wire())")
    @Mapping(target = "comment", expression = "java(comment(attachment.getContent()))")
    @Mapping(target = "alertId", expression = "java(alertIds(attachment.getContent()))")
    @Mapping(target = "index", expression = "java(indices(attachment.getContent()))")
    @Mapping(target = "rule", expression = "java(rule(attachment.getContent()))")
    AttachmentResponse toResponse(Attachment attachment);

    @Mapping(target = "attachedAt", source = "attachedAt")
    CaseAlertResponse toResponse(CaseAlert alert);

    default RelatedCaseResponse toRelated(Case c) {
        return new RelatedCaseResponse(c.getId(), c.getTitle(), c.getDescription(), c.getStatus().wire(),
                WireFormats.instant(c.getCreatedAt()),
                new RelatedCaseResponse.Totals(c.getTotalAlerts(), c.getTotalComment()));
    }

    default String comment(AttachmentContent content) {
        return content instanceof UserComment c ? c.comment() : null;
    }

    default List<String> alertIds(AttachmentContent content) {
        return content instanceof AttachedAlerts a ? a.alertIds() : null;
    }

    default List<String> indices(AttachmentContent content) {
        return content instanceof AttachedAlerts a ? a.indices() : null;
    }

    default AlertRuleDto rule(AttachmentContent content) {
        return content instanceof AttachedAlerts a ? new AlertRuleDto(a.rule().id(), a.rule().name()) : null;
    }

    /** Kibana authorises the owner first: one it does not know is a 403, not a 400. */
    default Owner ownerForCreate(String wire) {
        if (wire == null) {
            return null;
        }
        return Owner.fromWire(wire).orElseThrow(() ->
                CasesException.forbidden("Unauthorized to create comments with owners: \"" + wire + "\""));
    }

    /** The payload of a request, refusing the fields of the other type as Kibana's strict schemas do. */
    default AttachmentContent content(AttachmentRequest request) {
        if (request.type() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"type\"");
        }
        AttachmentType type = AttachmentType.fromWire(request.type()).orElseThrow(() ->
                CasesException.invalid("Invalid value \"" + request.type() + "\" supplied to \"type\""));
        if (type == AttachmentType.USER) {
            refuseKeys(Stream.of(request.alertId() != null ? "alertId" : null,
                    request.index() != null ? "index" : null, request.rule() != null ? "rule" : null));
            return new UserComment(request.comment());
        }
        refuseKeys(Stream.of(request.comment() != null ? "comment" : null));
        return new AttachedAlerts(request.alertId(), request.index(),
                request.rule() == null ? null : new AlertRule(request.rule().id(), request.rule().name()));
    }

    private static void refuseKeys(Stream<String> present) {
        String keys = present.filter(k -> k != null).collect(Collectors.joining(","));
        if (!keys.isEmpty()) {
            throw CasesException.invalid("invalid keys \"" + keys + "\"");
        }
    }
}
