package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.PushRequest;

import java.util.List;
import java.util.Map;

/** ServiceNow SecOps security incidents, Kibana's {@code .servicenow-sir}; its states have no close code. */
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
    String importSetTable() {
        return "x_elas2_sir_int_elastic_si_incident";
    }

    @Override
    String appScope() {
        return "x_elas2_sir_int";
    }

    @Override
    IncidentFormat format() {
        return IncidentMapper.INSTANCE::sir;
    }

    @Override
    List<Map<String, String>> observables(PushRequest request) {
        return SirObservables.observables(request);
    }

    @Override
    List<String> caseFields() {
        return List.of("category", "subcategory", "priority");
    }
}
