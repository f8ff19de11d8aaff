package io.casebook.adapter.in.rest.connectors;

import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.spi.ConnectorType;

/**
 * Connector → API shapes. Secrets are never copied; a preconfigured connector's config stays hidden, as
 * Kibana hides it. Nothing references connectors yet (no pushes, no rule actions), hence a count of 0.
 */
final class ConnectorViews {

    private ConnectorViews() {
    }

    static ConnectorResponse one(ConnectorInstance c) {
        return new ConnectorResponse(c.id(), c.name(), c.typeId(), c.preconfigured() ? null : c.config(),
                c.preconfigured(), false, c.preconfigured() ? null : false, false, null);
    }

    static ConnectorResponse listed(ConnectorInstance c) {
        ConnectorResponse one = one(c);
        return new ConnectorResponse(one.id(), one.name(), one.connectorTypeId(), one.config(),
                one.isPreconfigured(), false, one.isMissingSecrets(), false, 0);
    }

    static CaseConnectorResponse forCases(ConnectorInstance c) {
        return new CaseConnectorResponse(c.id(), c.name(), c.typeId(), c.preconfigured() ? null : c.config(),
                c.preconfigured(), false, c.preconfigured() ? null : false, 0);
    }

    static ConnectorTypeResponse type(ConnectorType t) {
        return new ConnectorTypeResponse(t.id(), t.name(), true, true, true, t.minimumLicenseRequired(),
                t.supportedFeatureIds(), false);
    }
}
