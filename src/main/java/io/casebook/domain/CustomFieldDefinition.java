package io.casebook.domain;

/**
 * One custom field an owner configured: {@code {key, label, type, required, defaultValue?}}. Validates
 * Kibana's limits (key ≤ 36 in {@code [a-z0-9_-]}, label ≤ 50, a default that fits the type) on construction.
 */
public record CustomFieldDefinition(String key, String label, CustomFieldType type, boolean required,
                                    Object defaultValue) {

    public CustomFieldDefinition {
        ConfigurationRules.requireKey(key, CaseLimits.MAX_CUSTOM_FIELD_KEY_LENGTH);
        FieldRules.requireText("label", label, CaseLimits.MAX_CUSTOM_FIELD_LABEL_LENGTH);
        if (type == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"type\"");
        }
        defaultValue = CustomFieldRules.requireValue("defaultValue", type, defaultValue);
    }

    /** The value a case gets when this field is missing from its request: the default, else null. */
    public CustomFieldValue valueWhenMissing() {
        return new CustomFieldValue(key, type, defaultValue);
    }
}
