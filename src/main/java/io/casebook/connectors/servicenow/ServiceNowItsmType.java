package io.casebook.connectors.servicenow;

import java.util.Map;

/** ServiceNow ITSM incidents, Kibana's {@code .servicenow}. */
public final class ServiceNowItsmType extends ServiceNowType {

    @Override
    public String id() {
        return ".servicenow";
    }

    @Override
    public String name() {
        return "ServiceNow ITSM";
    }

    @Override
    String table() {
        return "incident";
    }

    @Override
    Map<String, String> columns() {
        return ServiceNowFields.ITSM;
    }
}
