package io.casebook.connector.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of a sub-action's JSON params (already parsed to maps and lists). Each refusal names the full
 * path ({@code subActionParams.incident.summary}) as Kibana's schema errors do.
 */
public final class SubActionParams {

    private final String path;
    private final Map<String, Object> values;

    private SubActionParams(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values == null ? Map.of() : values;
    }

    /** The top-level {@code subActionParams}; null reads as empty, so required keys report themselves. */
    public static SubActionParams of(Map<String, Object> params) {
        return new SubActionParams("subActionParams", params);
    }

    /** A required string. */
    public String text(String key) {
        Object value = values.get(key);
        if (!(value instanceof String text)) {
            throw invalid(key, "string", value);
        }
        return text;
    }

    /** An optional string: null when absent or null, refused when of another type. */
    public String optionalText(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof String)) {
            throw invalid(key, "string", value);
        }
        return (String) value;
    }

    /** An optional number: null when absent or null. */
    public Number optionalNumber(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof Number)) {
            throw invalid(key, "number", value);
        }
        return (Number) value;
    }

    /** A required object, as params of its own. */
    @SuppressWarnings("unchecked")
    public SubActionParams object(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?>)) {
            throw invalid(key, "Object", value);
        }
        return new SubActionParams(path + "." + key, (Map<String, Object>) value);
    }

    /** An optional object's raw entries (ServiceNow's {@code additional_fields}): null when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> optionalMap(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof Map<?, ?>)) {
            throw invalid(key, "Object", value);
        }
        return value == null ? null : new LinkedHashMap<>((Map<String, Object>) value);
    }

    /** An optional array of strings: empty when absent or null. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof String text)) {
                throw invalid(key + "." + out.size(), "string", item);
            }
            out.add(text);
        }
        return out;
    }

    /** An optional array of objects: empty when absent or null. */
    @SuppressWarnings("unchecked")
    public List<SubActionParams> objects(String key) {
        List<SubActionParams> out = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof Map<?, ?>)) {
                throw invalid(key + "." + out.size(), "Object", item);
            }
            out.add(new SubActionParams(path + "." + key + "." + out.size(), (Map<String, Object>) item));
        }
        return out;
    }

    private List<?> list(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof List<?>)) {
            throw invalid(key, "Array", value);
        }
        return value == null ? List.of() : (List<?>) value;
    }

    private InvalidParamsException invalid(String key, String expected, Object got) {
        String type = got == null && values.containsKey(key) ? "null" : typeOf(got);
        return new InvalidParamsException("[" + path + "." + key + "]: expected value of type [" + expected
                + "] but got [" + type + "]");
    }

    private static String typeOf(Object value) {
        if (value == null) {
            return "undefined";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return value instanceof Map ? "Object" : value instanceof List ? "Array" : value.getClass().getSimpleName();
    }
}
