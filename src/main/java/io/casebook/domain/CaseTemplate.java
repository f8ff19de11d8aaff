package io.casebook.domain;

import java.util.List;

/**
 * A case template stored in an owner's configuration: {@code {key, name, description?, tags?, caseFields}}.
 * Validates Kibana's limits (key ≤ 36, name ≤ 50, description ≤ 1000, ≤ 10 tags of ≤ 50) on construction.
 */
public record CaseTemplate(String key, String name, String description, List<String> tags,
                           TemplateCaseFields caseFields) {

    public CaseTemplate {
        ConfigurationRules.requireKey(key, CaseLimits.MAX_TEMPLATE_KEY_LENGTH);
        FieldRules.requireText("name", name, CaseLimits.MAX_TEMPLATE_NAME_LENGTH);
        // Kibana's description has a minimum length of 0: empty is fine, only the maximum applies.
        if (description != null && !description.trim().isEmpty()) {
            FieldRules.requireText("description", description, CaseLimits.MAX_TEMPLATE_DESCRIPTION_LENGTH);
        }
        if (tags != null) {
            FieldRules.requireMaxItems("template's tags", tags, CaseLimits.MAX_TAGS_PER_TEMPLATE);
            tags.forEach(tag -> FieldRules.requireText("template's tag", tag, CaseLimits.MAX_TEMPLATE_TAG_LENGTH));
            tags = List.copyOf(tags);
        }
    }

    /** The custom field values the template pre-fills; empty when it sets none. */
    public List<CustomFieldValue> customFieldValues() {
        return caseFields == null || caseFields.customFields() == null ? List.of() : caseFields.customFields();
    }

    /** The same template with its custom field values replaced. */
    public CaseTemplate withCustomFieldValues(List<CustomFieldValue> values) {
        TemplateCaseFields fields = caseFields != null ? caseFields.withCustomFields(values)
                : new TemplateCaseFields(null, null, null, null, null, null, null, null, values);
        return new CaseTemplate(key, name, description, tags, fields);
    }
}
