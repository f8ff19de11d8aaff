package io.casebook.connectors.servicenow;

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
}
