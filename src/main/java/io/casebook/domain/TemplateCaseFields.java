package io.casebook.domain;

import java.util.List;

/**
 * The case fields a template pre-fills; every one is optional, and each present one obeys the same rules as
 * on a case (Kibana's {@code CaseBaseOptionalFieldsRequestRt}).
 */
public record TemplateCaseFields(String title, String description, List<String> tags, Severity severity,
                                 String category, List<String> assignees, ConnectorRef connector,
                                 CaseSettings settings, List<CustomFieldValue> customFields) {

    public TemplateCaseFields {
        if (title != null) {
            FieldRules.requireText("title", title, CaseLimits.MAX_TITLE_LENGTH);
        }
        if (description != null) {
            FieldRules.requireText("description", description, CaseLimits.MAX_DESCRIPTION_LENGTH);
        }
        if (tags != null) {
            FieldRules.requireTags(tags);
            tags = List.copyOf(tags);
        }
        if (category != null) {
            FieldRules.requireText("category", category, CaseLimits.MAX_CATEGORY_LENGTH);
        }
        if (assignees != null) {
            // In a template the schema's array limit applies, not create's "You cannot assign more than 10".
            assignees = List.copyOf(FieldRules.requireMaxItems("assignees", assignees,
                    CaseLimits.MAX_ASSIGNEES_PER_CASE));
        }
        if (customFields != null) {
            FieldRules.requireMaxItems("customFields", customFields, CaseLimits.MAX_CUSTOM_FIELDS_PER_CASE);
            customFields = customFields.stream().map(v -> new CustomFieldValue(v.key(), v.type(),
                    CustomFieldRules.requireValue("value", v.type(), v.value()))).toList();
        }
    }

    /** The same fields with {@code customFields} replaced. */
    public TemplateCaseFields withCustomFields(List<CustomFieldValue> values) {
        return new TemplateCaseFields(title, description, tags, severity, category, assignees, connector, settings,
                values);
    }
}
