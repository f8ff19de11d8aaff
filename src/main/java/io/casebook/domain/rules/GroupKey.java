package io.casebook.domain.rules;

import io.casebook.domain.alert.Alert;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The group of a rule an alert belongs to: its {@code group_by} values (Kibana's {@code unknown} for a
 * missing field) and the key Kibana's oracle uses, sha256 of the rule id, space, owner and the stable JSON
 * of the grouping. Hashing a JSON array keeps parts that contain separators from colliding.
 */
public record GroupKey(String value, Map<String, String> grouping) {

    public GroupKey {
        grouping = Collections.unmodifiableMap(new TreeMap<>(grouping));
    }

    public static GroupKey of(Rule rule, Alert alert) {
        List<String> values = rule.groupValues(alert);
        Map<String, String> grouping = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            grouping.put(rule.groupBy().get(i), values.get(i));
        }
        return new GroupKey(Sha256.hex(StableJson.of(List.of(rule.id(), rule.space(), rule.owner().wire(),
                grouping))), grouping);
    }

    /** The grouping as stable JSON ({@code {"labels.cluster":"eu-1"}}), as stored beside the key. */
    public String groupingJson() {
        return StableJson.of(grouping);
    }
}
