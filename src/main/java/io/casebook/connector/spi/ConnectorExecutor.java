package io.casebook.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * The test-call side of a type (Kibana's sub-actions, run by {@code POST /api/actions/connector/{id}/_execute}):
 * reads from or pushes to the external system outside any case. Built per call by {@link
 * ConnectorType#executor}, so it holds the instance's config and secrets, like {@link ConnectorPusher}.
 */
public interface ConnectorExecutor {

    /** The sub-action names this instance answers, in Kibana's order; a refusal of any other lists them. */
    List<String> subActions();

    /**
     * Runs one of {@link #subActions()} with its {@code subActionParams}; the result is Kibana's {@code data}
     * (maps, lists, text, or the vendor's JSON).
     *
     * @throws InvalidParamsException when the params do not fit the sub-action
     * @throws PushFailedException with the external system's own message when it refuses or cannot be reached
     */
    Object execute(String subAction, Map<String, Object> params);
}
