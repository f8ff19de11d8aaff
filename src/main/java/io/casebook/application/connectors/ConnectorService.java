package io.casebook.application.connectors;

import io.casebook.application.port.ConnectorStore;
import io.casebook.connector.runtime.AllowedHosts;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.ConnectorTypeRegistry;
import io.casebook.connector.runtime.OptionValidator;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.domain.CasesException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Kibana's actions client for connectors: preconfigured ones (from files, every space, read-only) and those
 * created through the API in one space. Refusals carry Kibana's messages; a URL to a host outside
 * {@code casebook.connectors.allowed-hosts} is refused at create and update.
 */
public final class ConnectorService {

    private final ConnectorTypeRegistry types;
    private final Map<String, ConnectorInstance> preconfigured = new LinkedHashMap<>();
    private final ConnectorStore store;
    private final Clock clock;
    private final AllowedHosts allowedHosts;

    public ConnectorService(ConnectorTypeRegistry types, List<ConnectorInstance> preconfigured,
                            ConnectorStore store, Clock clock, AllowedHosts allowedHosts) {
        this.types = types;
        this.allowedHosts = allowedHosts;
        preconfigured.forEach(c -> this.preconfigured.put(c.id(), c));
        this.store = store;
        this.clock = clock;
    }

    public List<ConnectorType> types() {
        return types.all();
    }

    /** Preconfigured and space connectors, by name as Kibana lists them. */
    public List<ConnectorInstance> list(String space) {
        List<ConnectorInstance> all = new ArrayList<>(preconfigured.values());
        all.addAll(store.list(space));
        all.sort(Comparator.comparing(ConnectorInstance::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ConnectorInstance::id));
        return all;
    }

    public ConnectorInstance get(String space, String id) {
        return find(space, id).orElseThrow(() -> notFound(id));
    }

    /** The connector, empty when it does not exist (any more) in the space. */
    public Optional<ConnectorInstance> find(String space, String id) {
        return Optional.ofNullable(preconfigured.get(id)).or(() -> store.find(space, id));
    }

    /** The type of an instance, empty when that type is no longer installed. */
    public Optional<ConnectorType> typeOf(ConnectorInstance instance) {
        return types.find(instance.typeId());
    }

    /** Creates a connector; {@code id} null draws one. */
    public ConnectorInstance create(String space, String id, NewConnector request) {
        ConnectorType type = types.type(request.typeId());
        var valid = OptionValidator.validate(type, request.config(), request.secrets(), allowedHosts);
        String newId = id == null ? UUID.randomUUID().toString() : id;
        ConnectorInstance connector = new ConnectorInstance(newId, space, request.name(), type.id(),
                valid.config(), valid.secrets(), false, clock.instant());
        if (preconfigured.containsKey(newId) || !store.insert(connector)) {
            throw CasesException.conflict("Saved object [action/" + newId + "] conflict");
        }
        return connector;
    }

    public ConnectorInstance update(String space, String id, NewConnector request) {
        if (preconfigured.containsKey(id)) {
            throw CasesException.invalid("Preconfigured action " + id + " can not be updated.");
        }
        ConnectorInstance existing = store.find(space, id).orElseThrow(() -> notFound(id));
        var valid = OptionValidator.validate(types.type(existing.typeId()), request.config(), request.secrets(),
                allowedHosts);
        ConnectorInstance updated = new ConnectorInstance(id, space, request.name(), existing.typeId(),
                valid.config(), valid.secrets(), false, existing.createdAt());
        if (!store.update(updated)) {
            throw notFound(id);
        }
        return updated;
    }

    public void delete(String space, String id) {
        if (preconfigured.containsKey(id)) {
            throw CasesException.invalid("Preconfigured action " + id + " is not allowed to delete.");
        }
        if (!store.delete(space, id)) {
            throw notFound(id);
        }
    }

    private static CasesException notFound(String id) {
        return CasesException.notFound("Saved object [action/" + id + "] not found");
    }
}
