package io.casebook.application.security;

import io.casebook.domain.Owner;
import io.casebook.domain.rules.IntegrationTarget;

import java.util.Map;

/**
 * A PagerDuty integration of ingest.yaml: a routing key (known only by its SHA-256) that names it, and the space
 * and owner its alerts are labelled with: rules match them ({@code labels.integration}), and the space and owner
 * decide where the case goes ({@link IntegrationTarget}).
 *
 * @param ratePerSecond events per second allowed through it; null = {@code casebook.ingest.rate-per-second}
 */
public record PagerDutyIntegration(String name, byte[] routingKeySha256, String space, Owner owner,
                                   Integer ratePerSecond) {

    public PagerDutyIntegration {
        routingKeySha256 = routingKeySha256.clone();
    }

    /** The labels every alert sent through it carries. */
    public Map<String, String> labels() {
        return Map.of("integration", name, IntegrationTarget.SPACE_LABEL, space, IntegrationTarget.OWNER_LABEL, owner.wire());
    }

    @Override
    public String toString() {
        return "PagerDutyIntegration[" + name + "]";
    }
}
