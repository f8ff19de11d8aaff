package io.casebook.adapter.in.rules.yaml;

import io.casebook.domain.ConnectorRef;

import java.util.Map;

/** The connector a rule's cases push to, as Kibana writes it: {@code {id, name, type, fields}}. */
public record ConnectorYaml(String id, String name, String type, Map<String, Object> fields) {

    public ConnectorYaml {
        if (id == null || id.isBlank() || name == null || name.isBlank() || type == null || !type.startsWith(".")) {
            throw new IllegalArgumentException("connector needs id, name and a type such as .none, .jira or "
                    + ".servicenow");
        }
        if (type.equals(".none") && (!id.equals("none") || fields != null)) {
            throw new IllegalArgumentException("the .none connector is {id: none, name: none, type: .none, "
                    + "fields: null}");
        }
    }

    public ConnectorRef toRef() {
        return new ConnectorRef(id, name, type, fields);
    }
}
