package io.casebook.connectors.thehive;

import io.casebook.connector.spi.CaseStatusMapping;
import io.casebook.connector.spi.PushRequest;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

import java.util.List;

/**
 * Maps a push onto TheHive's case body with Kibana's format ({@code thehive/format.ts}), plus the case status
 * the instance maps: TheHive 5 takes any of its statuses ({@code New}, {@code InProgress}, {@code TruePositive},
 * {@code FalsePositive}, {@code Indeterminate}, {@code Duplicated}, {@code Other} or an organisation's own).
 */
@Mapper
interface TheHiveCaseMapper {

    TheHiveCaseMapper INSTANCE = Mappers.getMapper(TheHiveCaseMapper.class);

    /**
     * Closing needs what TheHive's close dialog and its own client (thehive4py {@code case.close}) send with a
     * closed-stage status: a {@code summary} of the outcome and an {@code impactStatus}. Casebook knows neither,
     * so it says where the case was closed and that impact does not apply.
     */
    String CLOSING_SUMMARY = "Closed in Casebook.";
    String CLOSING_IMPACT = "NotApplicable";

    @Mapping(target = "tags", source = ".", qualifiedByName = "tags")
    @Mapping(target = "severity", source = "severity", qualifiedByName = "severity")
    @Mapping(target = "tlp", source = ".", qualifiedByName = "tlp")
    @Mapping(target = "status", source = ".", qualifiedByName = "status")
    @Mapping(target = "summary", source = ".", qualifiedByName = "summary")
    @Mapping(target = "impactStatus", source = ".", qualifiedByName = "impactStatus")
    TheHiveCase toCase(PushRequest request, @Context CaseStatusMapping statuses);

    @Named("tags")
    default List<String> tags(PushRequest request) {
        return TheHiveFields.tags(request.tags(), request.caseId());
    }

    @Named("severity")
    default int severity(String severity) {
        return TheHiveFields.severity(severity);
    }

    /** Kibana sends tlp only as the case sets it; leaving it out lets TheHive keep its own (default AMBER, 2). */
    @Named("tlp")
    default Integer tlp(PushRequest request) {
        return TheHiveFields.tlp(request.field("tlp"));
    }

    /** The mapped status, null (left out, TheHive's stays) when the case's status is not mapped. */
    @Named("status")
    default String status(PushRequest request, @Context CaseStatusMapping statuses) {
        return statuses.target(request.status()).orElse(null);
    }

    @Named("summary")
    default String summary(PushRequest request, @Context CaseStatusMapping statuses) {
        return closing(request, statuses) ? CLOSING_SUMMARY : null;
    }

    @Named("impactStatus")
    default String impactStatus(PushRequest request, @Context CaseStatusMapping statuses) {
        return closing(request, statuses) ? CLOSING_IMPACT : null;
    }

    private static boolean closing(PushRequest request, CaseStatusMapping statuses) {
        return "closed".equals(request.status()) && statuses.target("closed").isPresent();
    }
}
