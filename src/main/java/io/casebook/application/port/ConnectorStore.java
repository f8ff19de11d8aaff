package io.casebook.application.port;

import io.casebook.connector.runtime.ConnectorInstance;

import java.util.List;
import java.util.Optional;

/** The connectors created through the actions API, per space, secrets kept encrypted at rest. */
public interface ConnectorStore {

    /** Adds the connector; false when its id is already taken in its space. */
    boolean insert(ConnectorInstance connector);

    Optional<ConnectorInstance> find(String space, String id);

    List<ConnectorInstance> list(String space);

    /** Replaces name, config and secrets; false when it no longer exists. */
    boolean update(ConnectorInstance connector);

    boolean delete(String space, String id);
}
