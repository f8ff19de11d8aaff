package io.casebook.connector.runtime;

import java.time.Instant;
import java.util.Map;

/**
 * One configured connector: a preconfigured one from {@code connectors/<id>.yaml} (no space: visible in every
 * space, read-only) or one created through the actions API in {@code space}. Secrets are plain here; the
 * store encrypts them and the API never returns them.
 */
public record ConnectorInstance(String id, String space, String name, String typeId, Map<String, Object> config,
                                Map<String, Object> secrets, boolean preconfigured, Instant createdAt) {

    public ConnectorInstance {
        config = config == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
        secrets = secrets == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secrets));
    }

    /** Never prints secret values, whoever logs the record. */
    @Override
    public String toString() {
        return "ConnectorInstance[id=" + id + ", space=" + space + ", type=" + typeId + ", name=" + name
                + ", preconfigured=" + preconfigured + ", secrets=" + secrets.keySet() + "]";
    }
}
