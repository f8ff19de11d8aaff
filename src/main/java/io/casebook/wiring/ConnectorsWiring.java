package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.connectors.ConnectorFileLoader;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.connectors.ActionsApi;
import io.casebook.adapter.in.rest.connectors.CaseConnectorsApi;
import io.casebook.adapter.in.rest.connectors.CasePushStatusApi;
import io.casebook.adapter.in.rest.connectors.ExecuteApi;
import io.casebook.adapter.in.rest.connectors.PushApi;
import io.casebook.adapter.out.http.CamelExternalHttp;
import io.casebook.adapter.out.http.GuardedHttp;
import io.casebook.adapter.out.crypto.EncryptionKeys;
import io.casebook.adapter.out.crypto.SecretCipher;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcConnectorStore;
import io.casebook.adapter.out.jdbc.JdbcPushQueue;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.application.CaseChangeListener;
import io.casebook.application.connectors.AutoPush;
import io.casebook.application.connectors.ConnectorService;
import io.casebook.application.connectors.PushReason;
import io.casebook.application.rules.RulePushes;
import io.casebook.application.rules.RulesUser;
import io.casebook.application.connectors.PushSettings;
import io.casebook.application.connectors.Pushes;
import io.casebook.config.Settings;
import io.casebook.connector.runtime.AllowedHosts;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.ConnectorTypeRegistry;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Connectors: the types found by ServiceLoader, the preconfigured files, the encrypted store, the pushes and
 * their outbox (calling out through Camel, whose context exists only once Main has started, hence the
 * supplier) and the API.
 */
public final class ConnectorsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorsWiring.class);

    private final ConnectorService service;
    private final Pushes pushes;
    private final List<ApiModule> apiModules;

    public ConnectorsWiring(Database database, Stores stores, ObjectMapper mapper, Settings settings,
                            RequestBodies bodies, Clock clock, Function<String, String> environment,
                            Supplier<CamelContext> camel) {
        ConnectorTypeRegistry types = ConnectorTypeRegistry.loaded();
        Path dir = Path.of(settings.get("casebook.connectors.dir", "connectors"));
        List<ConnectorInstance> preconfigured = new ConnectorFileLoader(types, environment).load(dir);
        LOG.info("Connector types {}; {} preconfigured connector(s) from {}",
                types.all().stream().map(t -> t.id()).toList(), preconfigured.size(), dir.toAbsolutePath());
        SecretCipher cipher = new SecretCipher(EncryptionKeys.load(settings), EncryptionKeys.previous(settings));
        JdbcConnectorStore store = new JdbcConnectorStore(database.jdbi(), new JsonColumns(mapper), cipher);
        store.reencryptUnderCurrentKey();
        AllowedHosts allowedHosts = AllowedHosts.parse(settings.asMap().get("casebook.connectors.allowed-hosts"));
        service = new ConnectorService(types, preconfigured, store, clock, allowedHosts);
        CamelExternalHttp http = new CamelExternalHttp(camel,
                settings.getInt("casebook.connectors.http.connect-timeout-ms", 10_000),
                settings.getInt("casebook.connectors.http.response-timeout-ms", 30_000), allowedHosts);
        GuardedHttp calls = new GuardedHttp(http, settings.getInt("casebook.connectors.calls-per-second", 10),
                Duration.ofSeconds(30), clock);
        pushes = Pushes.over(new Pushes.Ports(stores.cases(), stores.attachments(), stores.userActions(),
                        stores.configurations(), new JdbcPushQueue(database.jdbi(), new JsonColumns(mapper)), stores.tx()),
                service, calls, pushSettings(settings), clock);
        apiModules = List.of(new ActionsApi(service, bodies), new CaseConnectorsApi(service),
                new PushApi(pushes.push()), new CasePushStatusApi(pushes.status()),
                new ExecuteApi(service, http, bodies));
    }

    private static PushSettings pushSettings(Settings settings) {
        return new PushSettings(settings.getInt("casebook.connectors.push.max-attempts", 8),
                millis(settings, "casebook.connectors.push.backoff-initial-ms", 1_000),
                millis(settings, "casebook.connectors.push.backoff-max-ms", 300_000),
                millis(settings, "casebook.connectors.push.retry-after-max-ms", 3_600_000),
                millis(settings, "casebook.connectors.push.create-lookup-delay-ms", 30_000),
                millis(settings, "casebook.connectors.push.lease-ms", 120_000),
                millis(settings, "casebook.connectors.push.coalesce-ms", 2_000),
                settings.getInt("casebook.connectors.push.threads", 4),
                settings.getInt("casebook.connectors.push.batch-size", 50),
                settings.getInt("casebook.connectors.push.max-concurrent-per-connector", 2));
    }

    private static Duration millis(Settings settings, String key, int fallback) {
        return Duration.ofMillis(settings.getInt(key, fallback));
    }

    public Pushes pushes() {
        return pushes;
    }

    /** Pushes queued by changes themselves (push on change, status following). */
    public CaseChangeListener autoPush(Stores stores) {
        return new AutoPush(pushes.outbox(), service, stores.configurations());
    }

    /** Pushes of the cases a rule with {@code auto_push} changed, to each case's connector. */
    public RulePushes rulePushes() {
        return c -> {
            if (!c.getConnector().noConnector()) {
                pushes.outbox().request(c, c.getConnector().id(), PushReason.RULE, RulesUser.USER);
            }
        };
    }

    public ConnectorService service() {
        return service;
    }

    public List<ApiModule> apiModules() {
        return apiModules;
    }
}
