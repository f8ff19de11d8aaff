package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The run-connector answer as Kibana's route shapes it: {@code {status: ok, data, connector_id}}, or {@code
 * {status: error, message, errorSource, connector_id, retry, service_message}}. Kibana's executor answers a
 * thrown connector error with {@code retry: true} and its parameter refusals with {@code retry: false}.
 */
@JsonPropertyOrder({"status", "data", "message", "errorSource", "connector_id", "retry", "service_message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExecuteResult(String status, Object data, String message, String errorSource,
                     @JsonProperty("connector_id") String connectorId, Boolean retry,
                     @JsonProperty("service_message") String serviceMessage) {

    /** Kibana's fixed message for a connector that threw; the connector's own words go in service_message. */
    static final String FAILED = "an error occurred while running the action";

    static ExecuteResult ok(String connectorId, Object data) {
        return new ExecuteResult("ok", data == null ? java.util.Map.of() : data, null, null, connectorId, null, null);
    }

    /** Params that do not fit: the caller's fault, not worth retrying. */
    static ExecuteResult invalid(String connectorId, String problem) {
        return new ExecuteResult("error", null, "error validating action params: " + problem, "user", connectorId,
                false, null);
    }

    /** The external system refused or could not be reached. */
    static ExecuteResult failed(String connectorId, String serviceMessage) {
        return new ExecuteResult("error", null, FAILED, "framework", connectorId, true, serviceMessage);
    }
}
