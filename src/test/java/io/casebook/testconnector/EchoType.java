package io.casebook.testconnector;

import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connector.spi.ExternalHttp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.casebook.connector.spi.OptionType.NUMBER;
import static io.casebook.connector.spi.OptionType.URL;

/**
 * A connector type that lives only in the tests, registered by one line in the test class path's
 * {@code META-INF/services/io.casebook.connector.spi.ConnectorType}: the proof that adding a type is one class
 * and one descriptor, with no edit to the engine. It pushes a case to an "echo" HTTP service.
 */
public final class EchoType implements ConnectorType {

    public static final String ID = ".test-echo";

    private static final List<ConnectorOption> OPTIONS = List.of(
            ConnectorOption.required("url", URL, "Base URL of the echo service"),
            ConnectorOption.optional("priority", NUMBER, 3, "Priority sent with each record, 1 to 5"),
            ConnectorOption.secret("token", true, "Bearer token of the echo service"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Echo (test)";
    }

    @Override
    public List<ConnectorOption> options() {
        return OPTIONS;
    }

    /** A rule that spans values, so the test sees the type's own validation run, not only the options'. */
    @Override
    public void validate(Map<String, Object> config, Map<String, Object> secrets) {
        Object priority = config.get("priority");
        if (priority instanceof Number n && (n.intValue() < 1 || n.intValue() > 5)) {
            throw new ConnectorConfigException("priority must be between 1 and 5");
        }
    }

    @Override
    public Optional<ConnectorPusher> pusher(Map<String, Object> config, Map<String, Object> secrets,
                                            ExternalHttp http) {
        Object priority = config.getOrDefault("priority", 3);
        return Optional.of(new EchoPusher(http, (String) config.get("url"), (String) secrets.get("token"),
                priority == null ? 3 : ((Number) priority).intValue()));
    }

    @Override
    public List<String> supportedFeatureIds() {
        return List.of("cases");
    }
}
