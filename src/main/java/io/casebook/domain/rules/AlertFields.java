package io.casebook.domain.rules;

import io.casebook.domain.alert.Alert;

import java.util.Map;
import java.util.Optional;

/**
 * Reads a field of an alert by path, the vocabulary rules use in {@code match} and {@code group_by}:
 * {@code source}, {@code fingerprint}, {@code status}, {@code severity}, {@code title}, {@code description},
 * {@code group_key}, {@code rule.id}, {@code rule.name}, {@code labels.<name>}, {@code fields.<a>.<b>...}.
 */
public final class AlertFields {

    private AlertFields() {
    }

    /** The value at {@code path}, or empty when the alert has no such field (or it is null). */
    public static Optional<Object> resolve(Alert alert, String path) {
        Object value = switch (path) {
            case "source" -> alert.source();
            case "fingerprint" -> alert.fingerprint();
            case "status" -> alert.status().wire();
            case "severity" -> alert.severity() == null ? null : alert.severity().wire();
            case "title" -> alert.title();
            case "description" -> alert.description();
            case "group_key" -> alert.groupKey();
            case "rule.id" -> alert.rule() == null ? null : alert.rule().id();
            case "rule.name" -> alert.rule() == null ? null : alert.rule().name();
            default -> nested(alert, path);
        };
        return Optional.ofNullable(value);
    }

    /** Whether {@code path} names a field an alert can have (used to validate rules at load time). */
    public static boolean isKnownPath(String path) {
        return switch (path) {
            case "source", "fingerprint", "status", "severity", "title", "description", "group_key", "rule.id",
                 "rule.name" -> true;
            default -> (path.startsWith("labels.") || path.startsWith("fields.")) && !path.endsWith(".");
        };
    }

    private static Object nested(Alert alert, String path) {
        if (path.startsWith("labels.")) {
            return alert.labels().get(path.substring("labels.".length()));
        }
        if (!path.startsWith("fields.")) {
            return null;
        }
        Object current = alert.fields();
        for (String part : path.substring("fields.".length()).split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
