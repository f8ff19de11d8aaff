package io.casebook.domain.rules;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JSON with object keys sorted and no whitespace (Kibana's {@code stableStringify}), so equal values always
 * print, and hash, alike. Knows strings, numbers, booleans, null, maps and collections: all a grouping needs.
 */
public final class StableJson {

    private StableJson() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map.entrySet().stream().collect(Collectors.toMap(
                    e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> b))).entrySet().stream()
                    .map(e -> string(e.getKey()) + ":" + of(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(StableJson::of).collect(Collectors.joining(",", "[", "]"));
        }
        return string(value.toString());
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
