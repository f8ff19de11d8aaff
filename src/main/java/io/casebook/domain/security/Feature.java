package io.casebook.domain.security;

/**
 * The features outside Cases that a role grants by level, in every space it names: connectors (Kibana's
 * Actions and Connectors), Casebook's alert intake and its rules.
 */
public enum Feature {
    CONNECTORS("connectors"), ALERTS("alerts"), RULES("rules");

    private final String wire;

    Feature(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
