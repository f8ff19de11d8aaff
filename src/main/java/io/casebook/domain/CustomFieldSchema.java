package io.casebook.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The custom fields configured for an owner in a space, and Kibana's checks of case values against them
 * (server/client/cases/validators.ts, {@code fillMissingCustomFields}). "Unconfigured" (no configuration at
 * all) differs from "no fields": Kibana answers {@code No custom fields configured.} only for the first.
 */
public final class CustomFieldSchema {

    private static final CustomFieldSchema UNCONFIGURED = new CustomFieldSchema(null);

    private final List<CustomFieldDefinition> definitions;

    private CustomFieldSchema(List<CustomFieldDefinition> definitions) {
        this.definitions = definitions;
    }

    public static CustomFieldSchema unconfigured() {
        return UNCONFIGURED;
    }

    public static CustomFieldSchema of(List<CustomFieldDefinition> definitions) {
        return new CustomFieldSchema(List.copyOf(definitions));
    }

    /** Values of a new case: checked, then completed with every configured field (default, else null). */
    public List<CustomFieldValue> forNewCase(List<CustomFieldValue> values) {
        List<CustomFieldValue> checked = checkedValues(values);
        ConfigurationRules.requireUniqueKeys(checked, CustomFieldValue::key, "customFields");
        requireKnownKeys(checked);
        requireConfiguredTypes(checked);
        List<CustomFieldValue> complete = fillMissing(checked);
        requireRequiredValues(complete);
        return complete;
    }

    /**
     * Values of a case a rule opens, where nobody is there to correct a 400: values of unknown keys or of the
     * wrong type are left out, missing fields are filled as for any new case, and a required field without a
     * default gets the filler Kibana's cases action uses ({@code N/A}, {@code false}, {@code 0}).
     */
    public List<CustomFieldValue> forAutomaticCase(List<CustomFieldValue> values) {
        Map<String, CustomFieldDefinition> byKey = configured().stream()
                .collect(Collectors.toMap(CustomFieldDefinition::key, Function.identity(), (a, b) -> a));
        Map<String, CustomFieldValue> kept = new LinkedHashMap<>();
        for (CustomFieldValue v : values == null ? List.<CustomFieldValue>of() : values) {
            CustomFieldDefinition d = byKey.get(v.key());
            Optional<CustomFieldValue> checked = d == null || d.type() != v.type() ? Optional.empty() : checked(v);
            if (checked.isPresent() && !kept.containsKey(v.key())) {
                kept.put(v.key(), v.value() == null && d.required() ? filler(d) : checked.get());
            }
        }
        List<CustomFieldValue> complete = new ArrayList<>(fillMissing(List.copyOf(kept.values())));
        Set<String> present = complete.stream().map(CustomFieldValue::key).collect(Collectors.toSet());
        configured().stream().filter(d -> d.required() && !present.contains(d.key()))
                .forEach(d -> complete.add(filler(d)));
        return List.copyOf(complete);
    }

    /** The value normalised as a request's would be, or empty when it does not fit its type. */
    private static Optional<CustomFieldValue> checked(CustomFieldValue v) {
        try {
            return Optional.of(new CustomFieldValue(v.key(), v.type(),
                    CustomFieldRules.requireValue("value", v.type(), v.value())));
        } catch (CasesException e) {
            return Optional.empty();
        }
    }

    private static CustomFieldValue filler(CustomFieldDefinition d) {
        if (d.defaultValue() != null) {
            return d.valueWhenMissing();
        }
        Object value = switch (d.type()) {
            case TEXT -> "N/A";
            case TOGGLE -> false;
            case NUMBER -> 0L;
        };
        return new CustomFieldValue(d.key(), d.type(), value);
    }

    /** Values sent in a case PATCH: Kibana checks required fields before filling the missing ones. */
    public List<CustomFieldValue> forUpdate(List<CustomFieldValue> values) {
        List<CustomFieldValue> checked = checkedValues(values);
        ConfigurationRules.requireUniqueKeys(checked, CustomFieldValue::key, "customFields");
        requireKnownKeys(checked);
        requireRequiredValues(checked);
        requireConfiguredTypes(checked);
        return fillMissing(checked);
    }

    /** A template's values: known keys of the right type, no duplicates; required fields may stay empty. */
    public void checkTemplateValues(int index, List<CustomFieldValue> values) {
        if (definitions == null && !values.isEmpty()) {
            throw CasesException.invalid("No custom fields configured.");
        }
        if (values.isEmpty() && definitions != null && !definitions.isEmpty()) {
            throw CasesException.invalid("No custom fields added to template.");
        }
        ConfigurationRules.requireUniqueKeys(values, CustomFieldValue::key, "templates[" + index + "]'s customFields");
        requireKnownKeys(values);
        requireConfiguredTypes(values);
    }

    private static List<CustomFieldValue> checkedValues(List<CustomFieldValue> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> new CustomFieldValue(v.key(), v.type(),
                CustomFieldRules.requireValue("value", v.type(), v.value()))).toList();
    }

    private void requireKnownKeys(List<CustomFieldValue> values) {
        if (values.isEmpty()) {
            return;
        }
        if (definitions == null) {
            throw CasesException.invalid("No custom fields configured.");
        }
        Set<String> known = definitions.stream().map(CustomFieldDefinition::key).collect(Collectors.toSet());
        List<String> unknown = values.stream().map(CustomFieldValue::key).filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw CasesException.invalid("Invalid custom field keys: " + String.join(",", unknown));
        }
    }

    private void requireConfiguredTypes(List<CustomFieldValue> values) {
        Map<String, CustomFieldValue> byKey = byKey(values);
        List<String> wrong = configured().stream()
                .filter(d -> byKey.containsKey(d.key()) && byKey.get(d.key()).type() != d.type())
                .map(d -> "\"" + d.label() + "\"").toList();
        if (!wrong.isEmpty()) {
            throw CasesException.invalid("The following custom fields have the wrong type in the request: "
                    + String.join(", ", wrong));
        }
    }

    private void requireRequiredValues(List<CustomFieldValue> values) {
        Map<String, CustomFieldValue> byKey = byKey(values);
        List<CustomFieldDefinition> required = configured().stream().filter(CustomFieldDefinition::required).toList();
        List<String> missing = required.stream()
                .filter(d -> !byKey.containsKey(d.key()) && d.defaultValue() == null)
                .map(d -> "\"" + d.label() + "\"").toList();
        if (!missing.isEmpty()) {
            throw CasesException.invalid("Missing required custom fields without default value configured: "
                    + String.join(", ", missing));
        }
        List<String> nulls = required.stream()
                .filter(d -> byKey.containsKey(d.key()) && byKey.get(d.key()).value() == null)
                .map(d -> "\"" + d.label() + "\"").toList();
        if (!nulls.isEmpty()) {
            throw CasesException.invalid("Invalid value \"null\" supplied for the following required custom fields: "
                    + String.join(", ", nulls));
        }
    }

    /** Kibana's {@code fillMissingCustomFields}: a required field without a default is left for the check. */
    private List<CustomFieldValue> fillMissing(List<CustomFieldValue> values) {
        Set<String> present = values.stream().map(CustomFieldValue::key).collect(Collectors.toSet());
        List<CustomFieldValue> complete = new ArrayList<>(values);
        configured().stream()
                .filter(d -> !present.contains(d.key()) && (d.defaultValue() != null || !d.required()))
                .forEach(d -> complete.add(d.valueWhenMissing()));
        return List.copyOf(complete);
    }

    private List<CustomFieldDefinition> configured() {
        return definitions == null ? List.of() : definitions;
    }

    private static Map<String, CustomFieldValue> byKey(List<CustomFieldValue> values) {
        return values.stream().collect(Collectors.toMap(CustomFieldValue::key, Function.identity(), (a, b) -> a));
    }
}
