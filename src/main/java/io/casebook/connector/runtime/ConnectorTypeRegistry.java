package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every connector type on the class path, by id; two types claiming one id stop startup. */
public final class ConnectorTypeRegistry {

    private final Map<String, ConnectorType> types = new LinkedHashMap<>();

    public ConnectorTypeRegistry(Collection<? extends ConnectorType> found) {
        for (ConnectorType type : found) {
            ConnectorType clash = types.putIfAbsent(type.id(), type);
            if (clash != null) {
                throw new IllegalStateException("Connector type id " + type.id() + " is declared by both "
                        + clash.getClass().getName() + " and " + type.getClass().getName());
            }
        }
    }

    /** The types listed in {@code META-INF/services/io.casebook.connector.spi.ConnectorType}. */
    public static ConnectorTypeRegistry loaded() {
        List<ConnectorType> found = new ArrayList<>();
        ServiceLoader.load(ConnectorType.class, ConnectorTypeRegistry.class.getClassLoader()).forEach(found::add);
        return new ConnectorTypeRegistry(found);
    }

    public Optional<ConnectorType> find(String id) {
        return Optional.ofNullable(id == null ? null : types.get(id));
    }

    /** The type, or a refusal worded as Kibana's action type registry words it. */
    public ConnectorType type(String id) {
        return find(id).orElseThrow(() -> new ConnectorConfigException(
                "Action type \"" + id + "\" is not registered."));
    }

    public List<ConnectorType> all() {
        return List.copyOf(types.values());
    }
}
