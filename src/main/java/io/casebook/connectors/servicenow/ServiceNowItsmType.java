package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.ConnectorOption;

import java.util.List;
import java.util.Map;

import static io.casebook.connector.spi.OptionType.STRING;

/** ServiceNow ITSM incidents, Kibana's {@code .servicenow}. */
public final class ServiceNowItsmType extends ServiceNowType {

    /**
     * The close code Kibana's own {@code closeIncident} sends. Close codes are a choice list each instance may
     * change (newer releases ship "Resolved by caller", "Solution provided"...), hence the option.
     */
    static final String DEFAULT_CLOSE_CODE = "Closed/Resolved by Caller";

    @Override
    public String id() {
        return ".servicenow";
    }

    @Override
    public String name() {
        return "ServiceNow ITSM";
    }

    @Override
    List<ConnectorOption> extraOptions() {
        return List.of(ConnectorOption.optional("closeCode", STRING, DEFAULT_CLOSE_CODE,
                "Resolution code sent with close_code when a mapped close resolves the incident (ServiceNow's "
                        + "data policy requires one)"));
    }

    @Override
    String table() {
        return "incident";
    }

    @Override
    String importSetTable() {
        return "x_elas2_inc_int_elastic_incident";
    }

    @Override
    String appScope() {
        return "x_elas2_inc_int";
    }

    @Override
    IncidentFormat format() {
        return IncidentMapper.INSTANCE::itsm;
    }

    @Override
    String closeCode(Map<String, Object> config) {
        Object code = config.get("closeCode");
        return code == null || code.toString().isBlank() ? DEFAULT_CLOSE_CODE : code.toString();
    }

    @Override
    List<String> caseFields() {
        return List.of("urgency", "severity", "impact", "category", "subcategory");
    }
}
