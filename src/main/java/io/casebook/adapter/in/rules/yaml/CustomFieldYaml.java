package io.casebook.adapter.in.rules.yaml;

import io.casebook.domain.CasesException;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CustomFieldRules;
import io.casebook.domain.CustomFieldType;
import io.casebook.domain.CustomFieldValue;

/** One custom field value for a rule's cases: {@code {key, type, value}}, the value fitting the type. */
public record CustomFieldYaml(String key, CustomFieldType type, Object value) {

    public CustomFieldYaml {
        if (key == null || key.isBlank() || key.length() > CaseLimits.MAX_CUSTOM_FIELD_KEY_LENGTH) {
            throw new IllegalArgumentException("a custom field needs a key of 1 to "
                    + CaseLimits.MAX_CUSTOM_FIELD_KEY_LENGTH + " characters");
        }
        if (type == null) {
            throw new IllegalArgumentException("custom field " + key + " needs a type: text, toggle or number");
        }
        try {
            value = CustomFieldRules.requireValue("value", type, value);
        } catch (CasesException e) {
            throw new IllegalArgumentException("custom field " + key + " (" + type.wire() + "): " + e.getMessage());
        }
    }

    public CustomFieldValue toValue() {
        return new CustomFieldValue(key, type, value);
    }
}
