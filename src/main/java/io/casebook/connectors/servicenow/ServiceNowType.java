package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.casebook.connector.spi.OptionType.BOOLEAN;
import static io.casebook.connector.spi.OptionType.STRING;
import static io.casebook.connector.spi.OptionType.URL;

/**
 * What ServiceNow ITSM and SecOps share: the same options and Kibana's Basic-or-OAuth rules (messages as
 * Kibana's ServiceNow schema words them).
 */
abstract class ServiceNowType implements ConnectorType {

    private static final List<ConnectorOption> OPTIONS = List.of(
            ConnectorOption.required("apiUrl", URL, "ServiceNow instance URL"),
            ConnectorOption.optional("usesTableApi", BOOLEAN, true,
                    "true: Table API; false: Import Set API (needs the Elastic ServiceNow app)"),
            ConnectorOption.optional("isOAuth", BOOLEAN, false, "true: OAuth JWT; false: Basic auth"),
            ConnectorOption.optional("clientId", STRING, null, "OAuth client id (OAuth only)"),
            ConnectorOption.optional("userIdentifierValue", STRING, null, "OAuth JWT subject (OAuth only)"),
            ConnectorOption.optional("jwtKeyId", STRING, null, "OAuth JWT verifier key id (OAuth only)"),
            ConnectorOption.secret("username", false, "Basic auth user (Basic only)"),
            ConnectorOption.secret("password", false, "Basic auth password (Basic only)"),
            ConnectorOption.secret("clientSecret", false, "OAuth client secret (OAuth only)"),
            ConnectorOption.secret("privateKey", false, "OAuth JWT signing key, PEM (OAuth only)"),
            ConnectorOption.secret("privateKeyPassword", false, "Password of the private key, if any"));

    @Override
    public final List<ConnectorOption> options() {
        return OPTIONS;
    }

    /** The Table API table records go to. */
    abstract String table();

    /** Case connector field to record column, as Kibana's format for the type maps them. */
    abstract Map<String, String> columns();

    @Override
    public final Optional<ConnectorPusher> pusher(Map<String, Object> config, Map<String, Object> secrets,
                                                  ExternalHttp http) {
        // Refused at push time with a 424 naming the gap, rather than a 400 that reads as a bad request.
        if (Boolean.TRUE.equals(config.get("isOAuth"))) {
            return Optional.of(request -> {
                throw new PushFailedException("[Action][ServiceNow]: OAuth JWT is not supported yet; use Basic auth");
            });
        }
        if (Boolean.FALSE.equals(config.get("usesTableApi"))) {
            return Optional.of(request -> {
                throw new PushFailedException("[Action][ServiceNow]: the Import Set API is not supported yet; "
                        + "set usesTableApi to true");
            });
        }
        String username = (String) secrets.get("username");
        ServiceNowClient client = new ServiceNowClient(http, (String) config.get("apiUrl"), username,
                (String) secrets.get("password"));
        return Optional.of(new ServiceNowPusher(client, table(), columns(), username));
    }

    @Override
    public Optional<io.casebook.connector.spi.ConnectorExecutor> executor(Map<String, Object> config,
                                                                       Map<String, Object> secrets, ExternalHttp http) {
        return pusher(config, secrets, http).map(p -> ServiceNowExecutor.of(p, config, secrets, http, table(), columns()));
    }

    @Override
    public String minimumLicenseRequired() {
        return "platinum";
    }

    @Override
    public final void validate(Map<String, Object> config, Map<String, Object> secrets) {
        boolean oauth = Boolean.TRUE.equals(config.get("isOAuth"));
        boolean basic = present(secrets, "username") || present(secrets, "password");
        boolean keyed = present(secrets, "clientSecret") || present(secrets, "privateKey")
                || present(secrets, "privateKeyPassword");
        if (!basic && !keyed) {
            throw new ConnectorConfigException("Either basic auth or OAuth credentials must be specified");
        }
        if (basic && keyed) {
            throw new ConnectorConfigException("Cannot specify both basic auth and OAuth credentials");
        }
        if (oauth) {
            for (String key : List.of("clientId", "userIdentifierValue", "jwtKeyId")) {
                if (!present(config, key)) {
                    throw new ConnectorConfigException(key + " must be provided when isOAuth = true");
                }
            }
            if (!present(secrets, "clientSecret") || !present(secrets, "privateKey")) {
                throw new ConnectorConfigException("clientSecret and privateKey must both be specified");
            }
        } else if (!present(secrets, "username") || !present(secrets, "password")) {
            throw new ConnectorConfigException("username and password must both be specified");
        }
    }

    private static boolean present(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value != null && !value.toString().isBlank();
    }
}
