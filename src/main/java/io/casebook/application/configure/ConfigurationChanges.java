package io.casebook.application.configure;

import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.CaseTemplate;
import io.casebook.domain.PushOnChange;
import io.casebook.domain.ClosureType;
import io.casebook.domain.ConfigurationRules;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldDefinition;
import io.casebook.domain.CustomFieldSchema;
import io.casebook.domain.User;

import java.time.Instant;
import java.util.List;

/**
 * The {@code PATCH /api/cases/configure/{id}} command: the version the caller last read and the parts it
 * changes (null = unchanged). Validates what it can alone in its constructor, the rest in {@link #applyTo}.
 */
public record ConfigurationChanges(long expectedVersion, ClosureType closureType, ConnectorRef connector,
                                   List<CustomFieldDefinition> customFields, List<CaseTemplate> templates,
                                   PushOnChange pushOnChange) {

    public ConfigurationChanges {
        customFields = ConfigurationRules.customFields(customFields);
        templates = ConfigurationRules.templates(templates);
    }

    /** The configuration after these changes, one version on; refuses field type changes and bad templates. */
    public CaseConfiguration applyTo(CaseConfiguration current, User by, Instant now) {
        List<CustomFieldDefinition> fields = customFields != null ? customFields : current.customFields();
        if (customFields != null) {
            ConfigurationRules.requireSameTypes(customFields, current.customFields());
        }
        List<CaseTemplate> nextTemplates = templates != null ? templates : current.templates();
        if (customFields != null || templates != null) {
            nextTemplates = ConfigurationRules.alignTemplates(nextTemplates, fields);
            ConfigurationRules.requireTemplatesMatch(nextTemplates, CustomFieldSchema.of(fields));
        }
        return new CaseConfiguration(current.id(), current.space(), current.owner(), current.version() + 1,
                closureType != null ? closureType : current.closureType(),
                connector != null ? connector : current.connector(), fields, nextTemplates,
                pushOnChange != null ? pushOnChange : current.pushOnChange(), current.createdAt(),
                current.createdBy(), now, by);
    }
}
