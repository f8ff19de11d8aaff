package io.casebook.adapter.in.rest.configure;

import io.casebook.adapter.in.rest.VersionTokens;
import io.casebook.adapter.in.rest.mapper.CaseDtoMapper;
import io.casebook.application.configure.ConfigurationChanges;
import io.casebook.application.configure.NewConfiguration;
import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.CaseTemplate;
import io.casebook.domain.CasesException;
import io.casebook.domain.ClosureType;
import io.casebook.domain.CustomFieldDefinition;
import io.casebook.domain.CustomFieldType;
import io.casebook.domain.Owner;
import io.casebook.domain.PushOnChange;
import io.casebook.domain.TemplateCaseFields;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import java.util.List;

/**
 * Maps configurations between Kibana's wire DTOs and the domain; shares the case mapper's conversions
 * (users, dates, connector, severity, custom field values) so both APIs word the same things alike.
 */
@Mapper(uses = CaseDtoMapper.class)
public interface ConfigurationDtoMapper {

    ConfigurationDtoMapper INSTANCE = Mappers.getMapper(ConfigurationDtoMapper.class);

    @Mapping(target = "mappings", expression = "java(java.util.List.of())")
    @Mapping(target = "error", ignore = true)
    ConfigurationResponse toResponse(CaseConfiguration configuration);

    CustomFieldDefinitionDto toDto(CustomFieldDefinition definition);

    TemplateDto toDto(CaseTemplate template);

    // The case mapper's severity and settings conversions assume a value; in a template both are optional.
    @Mapping(target = "severity", conditionExpression = "java(caseFields.severity() != null)")
    @Mapping(target = "settings", conditionExpression = "java(caseFields.settings() != null)")
    TemplateCaseFieldsDto toDto(TemplateCaseFields caseFields);

    default String closureType(ClosureType closureType) {
        return closureType.wire();
    }

    default String customFieldType(CustomFieldType type) {
        return type.wire();
    }

    default NewConfiguration toCommand(ConfigurationRequest request) {
        CaseDtoMapper cases = CaseDtoMapper.INSTANCE;
        return new NewConfiguration(ownerForConfiguration(request.owner()),
                ClosureType.fromWire(request.closureType()), cases.connector(request.connector()),
                definitions(request.customFields()), templates(request.templates()),
                pushOnChange(request.pushOnChange()));
    }

    default ConfigurationChanges toChanges(ConfigurationPatchRequest request) {
        if (request.version() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"version\"");
        }
        // A token we never issued cannot match any stored version: it ends as a 409, as a stale one does.
        long expected = VersionTokens.decode(request.version()).orElse(-1);
        return new ConfigurationChanges(expected,
                request.closureType() == null ? null : ClosureType.fromWire(request.closureType()),
                CaseDtoMapper.INSTANCE.connector(request.connector()),
                definitions(request.customFields()), templates(request.templates()),
                pushOnChange(request.pushOnChange()));
    }

    default PushOnChangeDto toDto(PushOnChange pushOnChange) {
        return new PushOnChangeDto(pushOnChange.enabled(), pushOnChange.fields());
    }

    /** Absent stays absent (null: unchanged on PATCH, off on POST); {@code enabled} must be said. */
    default PushOnChange pushOnChange(PushOnChangeDto dto) {
        if (dto == null) {
            return null;
        }
        if (dto.enabled() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"push_on_change.enabled\"");
        }
        return new PushOnChange(dto.enabled(), dto.fields());
    }

    /** As for cases, Kibana authorises the owner and answers 403 for one it does not know. */
    default Owner ownerForConfiguration(String wire) {
        if (wire == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"owner\"");
        }
        return Owner.fromWire(wire).orElseThrow(() -> CasesException.forbidden(
                "Unauthorized to create case configuration with owners: \"" + wire + "\""));
    }

    default List<CustomFieldDefinition> definitions(List<CustomFieldDefinitionDto> dtos) {
        return dtos == null ? null : dtos.stream().map(this::definition).toList();
    }

    default CustomFieldDefinition definition(CustomFieldDefinitionDto dto) {
        if (dto == null) {
            throw CasesException.invalid("Invalid value null supplied to \"customFields\"");
        }
        CustomFieldType type = CustomFieldType.fromWire(dto.type()).orElseThrow(() -> CasesException.invalid(
                "Invalid value \"" + (dto.type() == null ? "undefined" : dto.type())
                        + "\" supplied to \"customFields.type\""));
        if (dto.required() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"customFields.required\"");
        }
        return new CustomFieldDefinition(dto.key(), dto.label(), type, dto.required(), dto.defaultValue());
    }

    default List<CaseTemplate> templates(List<TemplateDto> dtos) {
        return dtos == null ? null : dtos.stream().map(this::template).toList();
    }

    default CaseTemplate template(TemplateDto dto) {
        if (dto == null) {
            throw CasesException.invalid("Invalid value null supplied to \"templates\"");
        }
        return new CaseTemplate(dto.key(), dto.name(), dto.description(), dto.tags(), caseFields(dto.caseFields()));
    }

    default TemplateCaseFields caseFields(TemplateCaseFieldsDto dto) {
        if (dto == null) {
            return null;
        }
        CaseDtoMapper cases = CaseDtoMapper.INSTANCE;
        return new TemplateCaseFields(dto.title(), dto.description(), dto.tags(), cases.severity(dto.severity()),
                dto.category(), cases.assigneeUids(dto.assignees()), cases.connector(dto.connector()),
                cases.settings(dto.settings()), cases.customFields(dto.customFields()));
    }
}
