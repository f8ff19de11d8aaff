package io.casebook.domain;

import java.util.Map;

/** The connector a case is set to push to: {@code {id, name, type, fields}}; {@link #NONE} when none. */
public record ConnectorRef(String id, String name, String type, Map<String, Object> fields) {

    public static final ConnectorRef NONE = new ConnectorRef("none", "none", ".none", null);

    public boolean noConnector() {
        return ".none".equals(type);
    }
}
