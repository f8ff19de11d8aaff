package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.connectors.ConnectorFileLoader;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.connectors.ActionsApi;
import io.casebook.adapter.in.rest.connectors.CaseConnectorsApi;
import io.casebook.adapter.in.rest.connectors.ExecuteApi;
import io.casebook.adapter.in.rest.connectors.PushApi;
import io.casebook.adapter.out.http.CamelExternalHttp;
import io.casebook.adapter.out.crypto.EncryptionKeys;
import io.casebook.adapter.out.crypto.SecretCipher;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcConnectorStore;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.application.UserActionLog;
import io.casebook.application.connectors.ConnectorService;
import io.casebook.application.connectors.PushCase;
import io.casebook.config.Settings;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.ConnectorTypeRegistry;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Connectors: the types found by ServiceLoader, the preconfigured files, the encrypted store, the push use case
 * (calling out through Camel, whose context exists only once Main has started, hence the supplier) and the API.
 */
public final class ConnectorsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorsWiring.class);

    private final ConnectorService service;
    private final List<ApiModule> apiModules;

    public ConnectorsWiring(Database database, Stores stores, ObjectMapper mapper, Settings settings,
                            RequestBodies bodies, Clock clock, Function<String, String> environment,
                            Supplier<CamelContext> camel) {
        ConnectorTypeRegistry types = ConnectorTypeRegistry.loaded();
        Path dir = Path.of(settings.get("casebook.connectors.dir", "connectors"));
        List<ConnectorInstance> preconfigured = new ConnectorFileLoader(types, environment).load(dir);
        LOG.info("Connector types {}; {} preconfigured connector(s) from {}",
                types.all().stream().map(t -> t.id()).toList(), preconfigured.size(), dir.toAbsolutePath());
        SecretCipher cipher = new SecretCipher(EncryptionKeys.load(settings));
        service = new ConnectorService(types, preconfigured,
                new JdbcConnectorStore(database.jdbi(), new JsonColumns(mapper), cipher), clock);
        PushCase push = new PushCase(stores.cases(), stores.attachments(), stores.userActions(),
                new UserActionLog(stores.userActions()), stores.configurations(), service,
                new CamelExternalHttp(camel), stores.tx(), clock);
        apiModules = List.of(new ActionsApi(service, bodies), new CaseConnectorsApi(service), new PushApi(push),
                new ExecuteApi(service, new CamelExternalHttp(camel), bodies));
    }

    public ConnectorService service() {
        return service;
    }

    public List<ApiModule> apiModules() {
        return apiModules;
    }
}
