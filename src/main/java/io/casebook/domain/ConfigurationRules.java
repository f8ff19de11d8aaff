package io.casebook.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Kibana's checks on a configuration as a whole (server/client/configure/validators.ts and the configure
 * request schema): counts, unique keys, custom field types that may not change, templates against fields.
 */
public final class ConfigurationRules {

    private static final Pattern KEY = Pattern.compile("^[a-z0-9_-]+$");

    private ConfigurationRules() {
    }

    /** A custom field or template key: 1..max characters of {@code [a-z0-9_-]}. */
    public static String requireKey(String key, int max) {
        FieldRules.requireText("key", key, max);
        if (!KEY.matcher(key).matches()) {
            throw CasesException.invalid("Key must be lower case, a-z, 0-9, '_', and '-' are allowed");
        }
        return key;
    }

    /** At most ten definitions with distinct keys; null (not sent) stays null. */
    public static List<CustomFieldDefinition> customFields(List<CustomFieldDefinition> definitions) {
        if (definitions == null) {
            return null;
        }
        FieldRules.requireMaxItems("customFields", definitions, CaseLimits.MAX_CUSTOM_FIELDS_PER_CASE);
        requireUniqueKeys(definitions, CustomFieldDefinition::key, "customFields");
        return List.copyOf(definitions);
    }

    /** At most ten templates with distinct keys; null (not sent) stays null. */
    public static List<CaseTemplate> templates(List<CaseTemplate> templates) {
        if (templates == null) {
            return null;
        }
        FieldRules.requireMaxItems("templates", templates, CaseLimits.MAX_TEMPLATES_LENGTH);
        requireUniqueKeys(templates, CaseTemplate::key, "templates");
        return List.copyOf(templates);
    }

    /** Kibana's {@code validateDuplicatedKeysInRequest}: names every key that occurs more than once. */
    public static <T> void requireUniqueKeys(List<T> items, Function<T, String> key, String fieldName) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> duplicated = new LinkedHashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                duplicated.add(key.apply(item));
            }
        }
        if (!duplicated.isEmpty()) {
            throw CasesException.invalid("Invalid duplicated " + fieldName + " keys in request: "
                    + String.join(",", duplicated));
        }
    }

    /** Existing cases hold values of a field's type, so a PATCH may not change the type of a kept key. */
    public static void requireSameTypes(List<CustomFieldDefinition> requested, List<CustomFieldDefinition> original) {
        Map<String, CustomFieldType> originalTypes = original.stream()
                .collect(Collectors.toMap(CustomFieldDefinition::key, CustomFieldDefinition::type));
        List<String> changed = requested.stream()
                .filter(d -> originalTypes.containsKey(d.key()) && originalTypes.get(d.key()) != d.type())
                .map(d -> "\"" + d.label() + "\"").toList();
        if (!changed.isEmpty()) {
            throw CasesException.invalid("Invalid custom field types in request for the following labels: "
                    + String.join(", ", changed));
        }
    }

    /** Kibana's {@code validateTemplatesCustomFieldsInRequest}: each template's values against the fields. */
    public static void requireTemplatesMatch(List<CaseTemplate> templates, CustomFieldSchema fields) {
        for (int i = 0; i < templates.size(); i++) {
            fields.checkTemplateValues(i, templates.get(i).customFieldValues());
        }
    }

    /**
     * Keeps templates in step with changed fields, as Kibana's {@code transformTemplateCustomFields} does on
     * PATCH: values of removed fields are dropped, new fields are added with their default (a toggle without
     * one starts false, other types null).
     */
    public static List<CaseTemplate> alignTemplates(List<CaseTemplate> templates, List<CustomFieldDefinition> fields) {
        Set<String> keys = fields.stream().map(CustomFieldDefinition::key).collect(Collectors.toSet());
        List<CaseTemplate> aligned = new ArrayList<>();
        for (CaseTemplate template : templates) {
            List<CustomFieldValue> values = new ArrayList<>(template.customFieldValues().stream()
                    .filter(v -> keys.contains(v.key())).toList());
            Set<String> present = values.stream().map(CustomFieldValue::key).collect(Collectors.toSet());
            fields.stream().filter(f -> !present.contains(f.key())).forEach(f -> values.add(
                    new CustomFieldValue(f.key(), f.type(), f.defaultValue() != null ? f.defaultValue()
                            : f.type() == CustomFieldType.TOGGLE ? Boolean.FALSE : null)));
            boolean untouched = template.caseFields() == null && values.isEmpty();
            aligned.add(untouched ? template : template.withCustomFieldValues(values));
        }
        return aligned;
    }
}
