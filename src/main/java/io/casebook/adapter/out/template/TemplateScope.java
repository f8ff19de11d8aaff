package io.casebook.adapter.out.template;

import io.casebook.domain.alert.Alert;

import java.util.HashMap;
import java.util.Map;

/**
 * What a case template can read of an alert: only the documented variables ({@code source},
 * {@code fingerprint}, {@code status}, {@code severity}, {@code title}, {@code description},
 * {@code group_key}, {@code rule.id}, {@code rule.name}, {@code labels.*}, {@code fields.*},
 * {@code starts_at}), as plain maps and values, so no template can reach a Java object's methods.
 */
final class TemplateScope {

    private TemplateScope() {
    }

    static Map<String, Object> of(Alert alert) {
        Map<String, Object> scope = new HashMap<>();
        put(scope, "source", alert.source());
        put(scope, "fingerprint", alert.fingerprint());
        put(scope, "status", alert.status().wire());
        put(scope, "severity", alert.severity() == null ? null : alert.severity().wire());
        put(scope, "title", alert.title());
        put(scope, "description", alert.description());
        put(scope, "group_key", alert.groupKey());
        put(scope, "starts_at", alert.startsAt() == null ? null : alert.startsAt().toString());
        Map<String, Object> rule = new HashMap<>();
        if (alert.rule() != null) {
            put(rule, "id", alert.rule().id());
            put(rule, "name", alert.rule().name());
        }
        scope.put("rule", rule);
        scope.put("labels", alert.labels());
        // Fields are what the normalisers read from JSON: maps, lists, strings, numbers and booleans only.
        scope.put("fields", alert.fields());
        return scope;
    }

    private static void put(Map<String, Object> scope, String name, Object value) {
        if (value != null) {
            scope.put(name, value);
        }
    }
}
