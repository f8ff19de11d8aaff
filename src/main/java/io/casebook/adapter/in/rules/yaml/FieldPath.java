package io.casebook.adapter.in.rules.yaml;

import io.casebook.domain.rules.AlertFields;

/** An alert field named in rules.yaml ({@code labels.cluster}); only paths an alert can have are accepted. */
public record FieldPath(String path) {

    public FieldPath {
        if (path == null || !AlertFields.isKnownPath(path)) {
            throw new IllegalArgumentException("\"" + path + "\" is not an alert field: use source, fingerprint, "
                    + "status, severity, title, description, group_key, rule.id, rule.name, labels.<name> or "
                    + "fields.<name>[.<name>...]");
        }
    }
}
