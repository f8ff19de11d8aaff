package io.casebook.connectors.servicenow;

import java.util.List;
import java.util.Map;

/** ServiceNow SecOps security incidents, Kibana's {@code .servicenow-sir}. */
public final class ServiceNowSirType extends ServiceNowType {

    @Override
    public String id() {
        return ".servicenow-sir";
    }

    @Override
    public String name() {
        return "ServiceNow SecOps";
    }

    @Override
    public List<String> supportedFeatureIds() {
        return List.of("alerting", "cases", "siem");
    }

    @Override
    String table() {
        return "sn_si_incident";
    }

    @Override
    Map<String, String> columns() {
        return ServiceNowFields.SIR;
    }
}
