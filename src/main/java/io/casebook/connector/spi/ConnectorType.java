package io.casebook.connector.spi;

import java.util.List;
import java.util.Map;

/**
 * A kind of external system cases can be pushed to (Kibana's action type): its id, its options as data and
 * its cross-field rules. One class per type, listed in {@code META-INF/services/io.casebook.connector.spi.
 * ConnectorType}; adding a type touches no core code.
 */
public interface ConnectorType {

    /** Kibana's action type id, e.g. {@code .jira}. */
    String id();

    /** The human-readable name Kibana shows, e.g. {@code Jira}. */
    String name();

    /** Every config and secrets key the type accepts; anything else is refused. */
    List<ConnectorOption> options();

    /**
     * Rules that span options (ServiceNow: Basic needs username and password, OAuth needs clientId...).
     * Called after every option has passed its own check; throws {@link ConnectorConfigException}.
     */
    default void validate(Map<String, Object> config, Map<String, Object> secrets) {
    }

    /**
     * The pusher for one instance of the type, calling out through {@code http}; empty while the type cannot
     * push yet (the push API then refuses with 400).
     */
    default java.util.Optional<ConnectorPusher> pusher(Map<String, Object> config, Map<String, Object> secrets,
                                                       ExternalHttp http) {
        return java.util.Optional.empty();
    }

    /**
     * The test-call executor for one instance (Kibana's sub-actions behind {@code _execute}), calling out
     * through {@code http}; empty while the type offers none (the execute API then refuses with 400).
     */
    default java.util.Optional<ConnectorExecutor> executor(Map<String, Object> config, Map<String, Object> secrets,
                                                           ExternalHttp http) {
        return java.util.Optional.empty();
    }

    /**
     * True when pushes of this instance carry the case's status to the external record (its
     * {@link CaseStatusMapping} is set): the engine then pushes a pushed case again when it is closed or reopened.
     */
    default boolean followsStatus(Map<String, Object> config) {
        return !CaseStatusMapping.of(config).isEmpty();
    }

    /** Kibana's {@code minimum_license_required}. */
    default String minimumLicenseRequired() {
        return "gold";
    }

    /** Kibana's {@code supported_feature_ids}; types with {@code cases} are offered to cases. */
    default List<String> supportedFeatureIds() {
        return List.of("alerting", "cases");
    }

    /** The options of the config object, in declaration order. */
    default List<ConnectorOption> configOptions() {
        return options().stream().filter(o -> !o.secret()).toList();
    }

    /** The options of the secrets object, in declaration order. */
    default List<ConnectorOption> secretOptions() {
        return options().stream().filter(ConnectorOption::secret).toList();
    }
}
