package io.casebook.connectors.webhook;

import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorExecutor;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.casebook.connector.spi.OptionType.BOOLEAN;
import static io.casebook.connector.spi.OptionType.MAP;
import static io.casebook.connector.spi.OptionType.STRING;
import static io.casebook.connector.spi.OptionType.URL;

/**
 * Any HTTP case system, described by URLs, methods, Mustache JSON templates and response keys: Kibana's
 * {@code .cases-webhook}. URLs may hold {@code {{{external.system.id}}}}.
 */
public final class CasesWebhookType implements ConnectorType {

    static final String BASIC = "webhook-authentication-basic";
    static final String SSL = "webhook-authentication-ssl";

    private static final List<ConnectorOption> OPTIONS = List.of(
            ConnectorOption.required("createIncidentUrl", URL, "URL that creates an incident"),
            ConnectorOption.oneOf("createIncidentMethod", "post", List.of("post", "put"), "Create method"),
            ConnectorOption.required("createIncidentJson", STRING, "JSON template of the create body"),
            ConnectorOption.required("createIncidentResponseKey", STRING, "Path of the external id in the reply"),
            ConnectorOption.required("getIncidentUrl", URL, "URL that reads an incident"),
            ConnectorOption.oneOf(IncidentReader.METHOD, "get", List.of("get", "post"), "Get method"),
            ConnectorOption.optional(IncidentReader.JSON, STRING, null, "JSON template of the get body, sent "
                    + "when the get method is post; {{{external.system.id}}} is its variable (optional)"),
            ConnectorOption.required("getIncidentResponseExternalTitleKey", STRING,
                    "Path of the external title in the get reply"),
            ConnectorOption.optional(CasesWebhookPusher.LOOKUP_URL, URL, null, "URL that finds the incident made "
                    + "for a case, over the case.* variables, e.g. https://tickets.example.com/issues?ref={{{case.id}}}; "
                    + "when set, a create looks there first and updates what it finds (optional)"),
            ConnectorOption.optional(CasesWebhookPusher.LOOKUP_KEY, STRING, null, "Path of the external id in "
                    + "the find reply, e.g. items.0.id; absent or empty there, or a 404, means not found"),
            ConnectorOption.required("viewIncidentUrl", URL, "URL of the incident for people"),
            ConnectorOption.required("updateIncidentUrl", URL, "URL that updates an incident"),
            ConnectorOption.oneOf("updateIncidentMethod", "put", List.of("post", "patch", "put"), "Update method"),
            ConnectorOption.required("updateIncidentJson", STRING, "JSON template of the update body"),
            ConnectorOption.optional("createCommentUrl", URL, null, "URL that adds a comment (optional)"),
            ConnectorOption.oneOf("createCommentMethod", "put", List.of("post", "patch", "put"), "Comment method"),
            ConnectorOption.optional("createCommentJson", STRING, null, "JSON template of a comment (optional)"),
            ConnectorOption.optional("headers", MAP, null, "Extra HTTP headers (not secret)"),
            ConnectorOption.optional("hasAuth", BOOLEAN, true, "Whether requests authenticate"),
            ConnectorOption.oneOf("authType", BASIC, List.of(BASIC, SSL), "How requests authenticate; "
                    + SSL + " (client certificates) is Kibana's but refused by Casebook"),
            ConnectorOption.secret("user", false, "Basic auth user"),
            ConnectorOption.secret("password", false, "Basic auth password"),
            new ConnectorOption("secretHeaders", MAP, false, true, null, null, "HTTP headers kept secret"));

    @Override
    public String id() {
        return ".cases-webhook";
    }

    @Override
    public String name() {
        return "Webhook - Case Management";
    }

    @Override
    public List<ConnectorOption> options() {
        return OPTIONS;
    }

    @Override
    public void validate(Map<String, Object> config, Map<String, Object> secrets) {
        boolean hasAuth = !Boolean.FALSE.equals(config.get("hasAuth"));
        if (hasAuth && SSL.equals(config.get("authType"))) {
            // Refused when saved rather than at the first push: the engine's HTTP has no per-connector client
            // certificates yet, so such a connector could never push.
            throw new ConnectorConfigException("authType " + SSL + " (client certificates) is not supported; "
                    + "use " + BASIC + ", or hasAuth false with secretHeaders");
        }
        boolean basic = BASIC.equals(config.getOrDefault("authType", BASIC));
        if (hasAuth && basic && (blank(secrets.get("user")) || blank(secrets.get("password")))) {
            throw new ConnectorConfigException("both user and password must be specified");
        }
        if (!hasAuth && (!blank(secrets.get("user")) || !blank(secrets.get("password")))) {
            throw new ConnectorConfigException("user and password must not be specified when hasAuth is false");
        }
        if (blank(config.get(CasesWebhookPusher.LOOKUP_URL)) != blank(config.get(CasesWebhookPusher.LOOKUP_KEY))) {
            throw new ConnectorConfigException(CasesWebhookPusher.LOOKUP_URL + " and "
                    + CasesWebhookPusher.LOOKUP_KEY + " must be specified together");
        }
    }

    /** SSL client certificates need TLS settings {@link ExternalHttp} does not offer; {@link #validate} refuses them. */
    @Override
    public Optional<ConnectorPusher> pusher(Map<String, Object> config, Map<String, Object> secrets,
                                            ExternalHttp http) {
        return client(config, secrets, http).map(client -> new CasesWebhookPusher(config, client));
    }

    @Override
    public Optional<ConnectorExecutor> executor(Map<String, Object> config, Map<String, Object> secrets,
                                                ExternalHttp http) {
        return client(config, secrets, http).map(client -> new CasesWebhookExecutor(config, client,
                new CasesWebhookPusher(config, client)));
    }

    private static Optional<CasesWebhookClient> client(Map<String, Object> config, Map<String, Object> secrets,
                                                       ExternalHttp http) {
        boolean hasAuth = !Boolean.FALSE.equals(config.get("hasAuth"));
        if (hasAuth && SSL.equals(config.get("authType"))) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        // Kibana's order: config headers, then secret headers over them, then the Basic auth header.
        strings(config.get("headers")).forEach(headers::put);
        strings(secrets.get("secretHeaders")).forEach(headers::put);
        if (hasAuth && !blank(secrets.get("user")) && !blank(secrets.get("password"))) {
            headers.put("Authorization", JsonHttp.basicAuth(secrets.get("user").toString(),
                    secrets.get("password").toString()));
        }
        return Optional.of(new CasesWebhookClient(http, headers));
    }

    private static Map<String, String> strings(Object map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
