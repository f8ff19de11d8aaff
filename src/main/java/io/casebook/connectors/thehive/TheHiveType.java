package io.casebook.connectors.thehive;

import io.casebook.connector.spi.CaseStatusMapping;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connector.spi.ExternalHttp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.casebook.connector.spi.OptionType.STRING;
import static io.casebook.connector.spi.OptionType.URL;

/** TheHive 5 over its v1 API with a Bearer API key, Kibana's {@code .thehive}. */
public final class TheHiveType implements ConnectorType {

    private static final List<ConnectorOption> OPTIONS = List.of(
            ConnectorOption.required("url", URL, "TheHive base URL"),
            ConnectorOption.optional("organisation", STRING, null, "Organisation sent as X-Organisation"),
            CaseStatusMapping.option("TheHive's case status (New, InProgress, TruePositive...)"),
            ConnectorOption.secret("apiKey", true, "API key sent as Authorization: Bearer"));

    @Override
    public String id() {
        return ".thehive";
    }

    @Override
    public String name() {
        return "TheHive";
    }

    @Override
    public List<ConnectorOption> options() {
        return OPTIONS;
    }

    @Override
    public void validate(Map<String, Object> config, Map<String, Object> secrets) {
        CaseStatusMapping.of(config);
    }

    @Override
    public Optional<ConnectorPusher> pusher(Map<String, Object> config, Map<String, Object> secrets,
                                            ExternalHttp http) {
        return Optional.of(new TheHivePusher(new TheHiveClient(http, (String) config.get("url"),
                (String) config.get("organisation"), (String) secrets.get("apiKey")), CaseStatusMapping.of(config)));
    }

    @Override
    public Optional<io.casebook.connector.spi.ConnectorExecutor> executor(Map<String, Object> config,
                                                                       Map<String, Object> secrets, ExternalHttp http) {
        return pusher(config, secrets, http).map(pusher -> TheHiveExecutor.of(pusher, config, secrets, http));
    }
}
