package io.casebook.connector.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One stored alert attached to the pushed case, as a connector sees it: its {@code fields} (for Elastic and
 * native alerts the ECS-style document, e.g. {@code source.ip}) and its {@code labels}. Connectors read it for
 * enrichment, as Kibana's ServiceNow SecOps format reads the alerts' {@code destination.ip}, {@code url.full}...
 */
public record CaseAlert(String id, Map<String, String> labels, Map<String, Object> fields) {

    public CaseAlert {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        fields = fields == null ? Map.of() : fields;
    }

    /**
     * The values at a dotted ECS path such as {@code destination.ip}: found in {@code fields} as nested objects
     * ({@code {"destination":{"ip":...}}}), as a dotted key ({@code {"destination.ip":...}}) or a mix of both
     * (what lodash's {@code get}, which Kibana uses, also finds), else in the label of that name. A list
     * (ECS allows {@code source.ip} to be one) gives each of its values; empty when the alert has none.
     */
    public List<String> values(String path) {
        Object value = at(fields, path.split("\\."), 0);
        if (value == null) {
            value = labels.get(path);
        }
        List<String> values = new ArrayList<>();
        collect(value, values);
        return values;
    }

    private static Object at(Object node, String[] parts, int from) {
        if (!(node instanceof Map<?, ?> map)) {
            return null;
        }
        // Longest key first, so {"file.hash": {...}} and {"file": {"hash": {...}}} are both found.
        for (int to = parts.length; to > from; to--) {
            Object child = map.get(String.join(".", java.util.Arrays.copyOfRange(parts, from, to)));
            if (child == null) {
                continue;
            }
            Object found = to == parts.length ? child : at(child, parts, to);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(Object value, List<String> into) {
        if (value instanceof Collection<?> many) {
            many.forEach(v -> collect(v, into));
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            String text = value.toString();
            if (!text.isBlank()) {
                into.add(text);
            }
        }
    }
}
