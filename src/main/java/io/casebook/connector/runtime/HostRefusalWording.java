package io.casebook.connector.runtime;

import java.util.Map;

/**
 * How each Kibana connector type words a URL refused by {@code allowedHosts} at create or update: its own
 * validator's prefix before the allow-list's sentence. Types Kibana words alike share the default, so a new type
 * needs an entry only if its Kibana counterpart words it differently.
 */
final class HostRefusalWording {

    /** Jira, ServiceNow ITSM and SecOps: the external-service validators' {@code ALLOWED_HOSTS_ERROR}. */
    private static final String DEFAULT = "error configuring connector action: ";
    private static final Map<String, String> BY_TYPE = Map.of(
            // the cases webhook's own config validator
            ".cases-webhook", "error configuring cases webhook action: ",
            // sub-action connectors (TheHive): the framework's urlAllowListValidator
            ".thehive", "error validating url: ");

    private HostRefusalWording() {
    }

    static String prefix(String typeId) {
        return BY_TYPE.getOrDefault(typeId, DEFAULT);
    }
}
