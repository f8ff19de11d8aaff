package io.casebook.domain;

import java.time.Instant;
import java.util.List;

/**
 * An owner's case settings in one space (Kibana's {@code cases-configure} object): closure type, default
 * connector, custom field definitions and templates; and Casebook's push on change. There is at most one per (space, owner).
 */
public record CaseConfiguration(String id, String space, Owner owner, long version, ClosureType closureType,
                                ConnectorRef connector, List<CustomFieldDefinition> customFields,
                                List<CaseTemplate> templates, PushOnChange pushOnChange, Instant createdAt,
                                User createdBy,
                                Instant updatedAt, User updatedBy) {

    public CaseConfiguration {
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
        templates = templates == null ? List.of() : List.copyOf(templates);
        pushOnChange = pushOnChange == null ? PushOnChange.OFF : pushOnChange;
    }

    /** The rules case custom field values must follow under this configuration. */
    public CustomFieldSchema customFieldSchema() {
        return CustomFieldSchema.of(customFields);
    }
}
