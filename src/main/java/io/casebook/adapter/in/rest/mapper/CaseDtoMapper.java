package io.casebook.adapter.in.rest.mapper;

import io.casebook.adapter.in.rest.VersionTokens;
import io.casebook.adapter.in.rest.WireFormats;
import io.casebook.adapter.in.rest.dto.AssigneeDto;
import io.casebook.adapter.in.rest.dto.CaseResponse;
import io.casebook.adapter.in.rest.dto.ConnectorDto;
import io.casebook.adapter.in.rest.dto.CreateCaseRequest;
import io.casebook.adapter.in.rest.dto.CustomFieldDto;
import io.casebook.adapter.in.rest.dto.ExternalServiceDto;
import io.casebook.adapter.in.rest.dto.SettingsDto;
import io.casebook.adapter.in.rest.dto.UserDto;
import io.casebook.application.NewCase;
import io.casebook.connector.runtime.CaseConnectorTypes;
import io.casebook.domain.Case;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.CasesException;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldType;
import io.casebook.domain.CustomFieldValue;
import io.casebook.domain.ExternalService;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.domain.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Maps cases between the Kibana wire DTOs and the domain. */
@Mapper
public interface CaseDtoMapper {

    CaseDtoMapper INSTANCE = Mappers.getMapper(CaseDtoMapper.class);

    /** Connector types a case may name: the registered ones, Kibana's others and {@code .none}. */
    Set<String> CONNECTOR_TYPES = CaseConnectorTypes.ids();

    @Mapping(target = "comments", expression = "java(java.util.List.of())")
    @Mapping(target = "totalEvents", constant = "0")
    CaseResponse toResponse(Case theCase);

    default NewCase toCommand(CreateCaseRequest request) {
        return new NewCase(request.title(), request.description(), request.tags(), connector(request.connector()),
                settings(request.settings()), ownerForCreate(request.owner()), severity(request.severity()),
                assigneeUids(request.assignees()), request.category(), customFields(request.customFields()));
    }

    UserDto toDto(User user);

    ExternalServiceDto toDto(ExternalService externalService);

    ConnectorDto toDto(ConnectorRef connector);

    default String version(long version) {
        return VersionTokens.encode(version);
    }

    default String instant(Instant instant) {
        return WireFormats.instant(instant);
    }

    default String status(CaseStatus status) {
        return status.wire();
    }

    default String severity(Severity severity) {
        return severity.wire();
    }

    default String owner(Owner owner) {
        return owner.wire();
    }

    default AssigneeDto assignee(String uid) {
        return new AssigneeDto(uid);
    }

    default SettingsDto settings(CaseSettings settings) {
        return new SettingsDto(settings.syncAlerts());
    }

    default CustomFieldDto customField(CustomFieldValue value) {
        return new CustomFieldDto(value.key(), value.type().wire(), value.value());
    }

    default Severity severity(String wire) {
        return wire == null ? null : Severity.fromWire(wire);
    }

    /** Kibana authorises the owner before anything else: an unknown owner is a 403, not a 400. */
    default Owner ownerForCreate(String wire) {
        if (wire == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"owner\"");
        }
        return Owner.fromWire(wire).orElseThrow(() ->
                CasesException.forbidden("Unauthorized to create case with owners: \"" + wire + "\""));
    }

    default CaseSettings settings(SettingsDto dto) {
        if (dto == null) {
            return null;
        }
        if (dto.syncAlerts() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"settings.syncAlerts\"");
        }
        return new CaseSettings(dto.syncAlerts());
    }

    default ConnectorRef connector(ConnectorDto dto) {
        if (dto == null) {
            return null;
        }
        if (dto.id() == null || dto.name() == null || dto.type() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"connector."
                    + (dto.id() == null ? "id" : dto.name() == null ? "name" : "type") + "\"");
        }
        if (!CONNECTOR_TYPES.contains(dto.type())) {
            throw CasesException.invalid("Invalid value \"" + dto.type() + "\" supplied to \"connector.type\"");
        }
        if (CaseConnectorTypes.NONE.equals(dto.type()) && dto.fields() != null) {
            throw CasesException.invalid("Invalid value \"" + dto.fields() + "\" supplied to \"connector.fields\"");
        }
        return new ConnectorRef(dto.id(), dto.name(), dto.type(), dto.fields());
    }

    default List<String> assigneeUids(List<AssigneeDto> assignees) {
        if (assignees == null) {
            return null;
        }
        return assignees.stream().map(a -> {
            if (a == null || a.uid() == null || a.uid().isBlank()) {
                throw CasesException.invalid("Invalid value \"undefined\" supplied to \"assignees.uid\"");
            }
            return a.uid();
        }).toList();
    }

    default List<CustomFieldValue> customFields(List<CustomFieldDto> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(this::customField).toList();
    }

    default CustomFieldValue customField(CustomFieldDto dto) {
        if (dto == null || dto.key() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"customFields.key\"");
        }
        CustomFieldType type = CustomFieldType.fromWire(dto.type()).orElseThrow(() -> CasesException.invalid(
                "Invalid value \"" + dto.type() + "\" supplied to \"customFields.type\""));
        return new CustomFieldValue(dto.key(), type, dto.value());
    }
}
