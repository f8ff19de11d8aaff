package io.casebook.adapter.in.rest.connectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.connectors.ConnectorService;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.SecretRedactingHttp;
import io.casebook.connector.spi.ConnectorExecutor;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.InvalidParamsException;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.Level;

import java.util.Iterator;
import java.util.Map;

/**
 * Kibana's run-connector API, {@code POST /api/actions/connector/{id}/_execute} with {@code {"params":
 * {"subAction", "subActionParams"}}}: a test call of one sub-action. As in Kibana, a body without params is a
 * 400 and an unknown connector a 404, but what the connector itself refuses (an unknown sub-action, bad params,
 * the external system's error) is a 200 whose {@code status} is {@code error}.
 */
public final class ExecuteApi implements ApiModule {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorService connectors;
    private final ExternalHttp http;
    private final RequestBodies bodies;

    public ExecuteApi(ConnectorService connectors, ExternalHttp http, RequestBodies bodies) {
        this.connectors = connectors;
        this.http = http;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        // Kibana lets Actions and Connectors "read" execute; Casebook asks for "all" (a test run has side effects).
        routes.post("/api/actions/connector/{id}/_execute", RouteAccess.connectors(Level.ALL, "execute"),
                this::execute);
    }

    private ApiResponse execute(ApiRequest request) {
        Map<String, Object> params = params(bodies.tree(request));
        ConnectorInstance connector = connectors.get(request.space(), request.pathParam("id"));
        ConnectorExecutor executor = connectors.typeOf(connector).flatMap(t -> t.executor(connector.config(),
                        connector.secrets(), SecretRedactingHttp.of(http, connector.secrets())))
                .orElseThrow(() -> CasesException.invalid("Running connectors of type " + connector.typeId()
                        + " is not supported yet"));
        ExecuteResult result = run(connector.id(), executor, params);
        return ApiResponse.ok(SecretScrubber.scrub(JSON.valueToTree(result), connector.secrets()));
    }

    private static ExecuteResult run(String connectorId, ConnectorExecutor executor, Map<String, Object> params) {
        Object subAction = params.get("subAction");
        if (!(subAction instanceof String name) || !executor.subActions().contains(name)) {
            return ExecuteResult.invalid(connectorId, unknownSubAction(executor));
        }
        Object subActionParams = params.get("subActionParams");
        if (subActionParams != null && !(subActionParams instanceof Map<?, ?>)) {
            return ExecuteResult.invalid(connectorId, "[subActionParams]: expected value of type [Object] but got ["
                    + (subActionParams instanceof String ? "string" : subActionParams.getClass().getSimpleName()) + "]");
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = subActionParams == null ? Map.of() : (Map<String, Object>) subActionParams;
            return ExecuteResult.ok(connectorId, executor.execute(name, values));
        } catch (InvalidParamsException e) {
            return ExecuteResult.invalid(connectorId, e.getMessage());
        } catch (PushFailedException e) {
            return ExecuteResult.failed(connectorId, e.getMessage());
        }
    }

    /** Kibana's params schema is a oneOf over the sub-actions, so its refusal lists each one it expected. */
    private static String unknownSubAction(ConnectorExecutor executor) {
        StringBuilder message = new StringBuilder("types that failed validation:");
        for (int i = 0; i < executor.subActions().size(); i++) {
            message.append("\n- [").append(i).append(".subAction]: expected value to equal [")
                    .append(executor.subActions().get(i)).append("]");
        }
        return message.toString();
    }

    /** Kibana's body schema: {@code params} must be an object, and nothing else may be there. */
    private static Map<String, Object> params(JsonNode body) {
        if (!body.isObject()) {
            throw ApiException.badRequest("[request body]: expected a plain object value, but found ["
                    + body.getNodeType().name().toLowerCase() + "] instead.");
        }
        for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("params")) {
                throw ApiException.badRequest("[request body." + key + "]: definition for this key is missing");
            }
        }
        JsonNode params = body.path("params");
        if (!params.isObject()) {
            throw ApiException.badRequest("[request body.params]: expected value of type [object] but got ["
                    + (params.isMissingNode() ? "undefined" : params.getNodeType().name().toLowerCase()) + "]");
        }
        return JSON.convertValue(params, new TypeReference<>() { });
    }
}
