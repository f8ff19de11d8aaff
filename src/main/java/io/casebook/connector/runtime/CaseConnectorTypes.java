package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The connector types a case's {@code connector.type} may name: {@code .none}, every type on the class path
 * that supports cases, and Kibana's case connector types Casebook has no class for yet (a case may name them,
 * as in Kibana, but cannot be pushed to them). Adding a type class adds its id here with no edit.
 */
public final class CaseConnectorTypes {

    /** A case with no connector. */
    public static final String NONE = ".none";

    /** Kibana's case connector ids without a Casebook type yet; harmless once one is written. */
    static final List<String> KIBANA_ONLY = List.of(".resilient", ".swimlane");

    private CaseConnectorTypes() {
    }

    /** The ids for the types found by ServiceLoader, loaded once, on first use. */
    public static Set<String> ids() {
        return Loaded.IDS;
    }

    /** The ids for {@code registry}'s types. */
    public static Set<String> of(ConnectorTypeRegistry registry) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(NONE);
        registry.all().stream().filter(t -> t.supportedFeatureIds().contains("cases")).map(ConnectorType::id)
                .forEach(ids::add);
        ids.addAll(KIBANA_ONLY);
        return java.util.Collections.unmodifiableSet(ids);
    }

    /** The holder idiom: the class path is scanned when the ids are first asked for, not at class load. */
    private static final class Loaded {
        static final Set<String> IDS = of(ConnectorTypeRegistry.loaded());
    }
}
