package io.casebook.connectors.servicenow;

import io.casebook.connector.spi.CaseStatusMapping;
import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connector.spi.ExternalHttp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.casebook.connector.spi.OptionType.BOOLEAN;
import static io.casebook.connector.spi.OptionType.STRING;
import static io.casebook.connector.spi.OptionType.URL;

/**
 * What ServiceNow ITSM and SecOps share: the same options and Kibana's Basic-or-OAuth rules (messages as
 * Kibana's ServiceNow schema words them), the API mode, and the case status to {@code state} mapping.
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
            CaseStatusMapping.option("the record's state value (e.g. 7 for a closed ITSM incident)"),
            ConnectorOption.secret("username", false, "Basic auth user (Basic only)"),
            ConnectorOption.secret("password", false, "Basic auth password (Basic only)"),
            ConnectorOption.secret("clientSecret", false, "OAuth client secret (OAuth only)"),
            ConnectorOption.secret("privateKey", false, "OAuth JWT signing key, PEM PKCS#8 (OAuth only)"),
            ConnectorOption.secret("privateKeyPassword", false, "Password of the private key, if any"));

    @Override
    public final List<ConnectorOption> options() {
        List<ConnectorOption> options = new ArrayList<>(OPTIONS);
        options.addAll(extraOptions());
        return List.copyOf(options);
    }

    /** Options only this type has. */
    List<ConnectorOption> extraOptions() {
        return List.of();
    }

    /** The Table API table records go to. */
    abstract String table();

    /** The Elastic ServiceNow app's staging table for this type (Kibana's {@code importSetTable}). */
    abstract String importSetTable();

    /** The Elastic ServiceNow app's scope for this type (Kibana's {@code appScope}). */
    abstract String appScope();

    /** The case-to-record format of the type. */
    abstract IncidentFormat format();

    /** The security observables a push adds to the record ({@code {value, type}}); none for ITSM. */
    List<Map<String, String>> observables(io.casebook.connector.spi.PushRequest request) {
        return List.of();
    }

    /** The close code a mapped close sends, null when the table has none. */
    String closeCode(Map<String, Object> config) {
        return null;
    }

    @Override
    public final Optional<ConnectorPusher> pusher(Map<String, Object> config, Map<String, Object> secrets,
                                                  ExternalHttp http) {
        boolean oauth = Boolean.TRUE.equals(config.get("isOAuth"));
        ServiceNowClient client = client(config, secrets, http);
        IncidentWriter writer = Boolean.FALSE.equals(config.get("usesTableApi"))
                ? new ImportSetWriter(client, importSetTable(), appScope())
                : new TableApiWriter(client, table());
        CaseStatusMapping mapping = CaseStatusMapping.of(config);
        String closeCode = closeCode(config);
        return Optional.of(new ServiceNowPusher(client, writer, table(), format(),
                caseStatus -> IncidentStatus.of(mapping, caseStatus, closeCode),
                oauth ? null : (String) secrets.get("username"), this::observables));
    }

    /** The instance's client, authenticating with Basic or OAuth JWT as its config says. */
    private static ServiceNowClient client(Map<String, Object> config, Map<String, Object> secrets,
                                           ExternalHttp http) {
        String apiUrl = (String) config.get("apiUrl");
        ServiceNowAuth auth = Boolean.TRUE.equals(config.get("isOAuth"))
                ? new OAuthJwtAuth(http, new OAuthJwtAuth.Settings(apiUrl, (String) config.get("clientId"),
                        (String) config.get("userIdentifierValue"), (String) config.get("jwtKeyId"),
                        (String) secrets.get("clientSecret"), (String) secrets.get("privateKey"),
                        (String) secrets.get("privateKeyPassword")), Clock.systemUTC())
                : ServiceNowAuth.basic((String) secrets.get("username"), (String) secrets.get("password"));
        return new ServiceNowClient(http, apiUrl, auth);
    }

    /** The case connector fields of the type (Kibana's {@code fields} of a case set to it). */
    abstract List<String> caseFields();

    @Override
    public Optional<io.casebook.connector.spi.ConnectorExecutor> executor(Map<String, Object> config,
                                                                       Map<String, Object> secrets, ExternalHttp http) {
        return pusher(config, secrets, http).map(p -> new ServiceNowExecutor(p, client(config, secrets, http),
                table(), caseFields()));
    }

    @Override
    public String minimumLicenseRequired() {
        return "platinum";
    }

    @Override
    public final void validate(Map<String, Object> config, Map<String, Object> secrets) {
        CaseStatusMapping.of(config);
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
