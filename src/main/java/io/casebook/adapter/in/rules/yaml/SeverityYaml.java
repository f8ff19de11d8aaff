package io.casebook.adapter.in.rules.yaml;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.casebook.domain.Severity;
import io.casebook.domain.rules.SeverityPolicy;

import java.util.Map;

/**
 * A case template's severity: a fixed level ({@code severity: high}, or {@code {fixed: high}}), or the
 * alert's through an optional
 * mapping ({@code {from_alert: true, raise: true, map: {critical: high}}}); {@code raise} (default true)
 * lets a more severe alert joining later raise the case.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SeverityYaml(Severity fixed, Boolean fromAlert, Boolean raise, Map<Severity, Severity> map) {

    public SeverityYaml {
        if (fixed != null && (fromAlert != null || raise != null || map != null)) {
            throw new IllegalArgumentException("a fixed severity takes no from_alert, raise or map");
        }
        if (fixed == null && Boolean.FALSE.equals(fromAlert)) {
            throw new IllegalArgumentException("from_alert: false needs a fixed level instead: write severity: "
                    + "low, medium, high or critical");
        }
        if (map != null && map.containsValue(null)) {
            throw new IllegalArgumentException("every severity in map needs a level (low, medium, high, critical)");
        }
    }

    /** {@code severity: high}: that level for every case of the rule (read by the loader's FixedSeverity). */
    public static SeverityYaml fixed(Severity level) {
        return new SeverityYaml(level, null, null, null);
    }

    public SeverityPolicy toPolicy() {
        if (fixed != null) {
            return new SeverityPolicy(fixed, Map.of(), false);
        }
        return new SeverityPolicy(null, map, raise == null || raise);
    }
}
