package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.connectors.ConnectorFileLoader;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.connectors.ActionsApi;
import io.casebook.adapter.in.rest.connectors.CaseConnectorsApi;
import io.casebook.adapter.out.crypto.EncryptionKeys;
import io.casebook.adapter.out.crypto.SecretCipher;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcConnectorStore;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.application.connectors.ConnectorService;
import io.casebook.config.Settings;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.ConnectorTypeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** Connectors: the types found by ServiceLoader, the preconfigured files, the encrypted store and the API. */
public final class ConnectorsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorsWiring.class);

    private final ConnectorService service;
    private final List<ApiModule> apiModules;

    public ConnectorsWiring(Database database, ObjectMapper mapper, Settings settings, RequestBodies bodies,
                            Clock clock, Function<String, String> environment) {
        ConnectorTypeRegistry types = ConnectorTypeRegistry.loaded();
        Path dir = Path.of(settings.get("casebook.connectors.dir", "connectors"));
        List<ConnectorInstance> preconfigured = new ConnectorFileLoader(types, environment).load(dir);
        LOG.info("Connector types {}; {} preconfigured connector(s) from {}",
                types.all().stream().map(t -> t.id()).toList(), preconfigured.size(), dir.toAbsolutePath());
        SecretCipher cipher = new SecretCipher(EncryptionKeys.load(settings));
        service = new ConnectorService(types, preconfigured,
                new JdbcConnectorStore(database.jdbi(), new JsonColumns(mapper), cipher), clock);
        apiModules = List.of(new ActionsApi(service, bodies), new CaseConnectorsApi(service));
    }

    public ConnectorService service() {
        return service;
    }

    public List<ApiModule> apiModules() {
        return apiModules;
    }
}
