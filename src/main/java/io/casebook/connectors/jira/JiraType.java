package io.casebook.connectors.jira;

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

/** Jira Cloud or Data Center over REST v2 with HTTP Basic (email + API token), Kibana's {@code .jira}. */
public final class JiraType implements ConnectorType {

    private static final List<ConnectorOption> OPTIONS = List.of(
            ConnectorOption.required("apiUrl", URL, "Jira base URL, e.g. https://example.atlassian.net"),
            ConnectorOption.required("projectKey", STRING, "Key of the project issues are created in"),
            CaseStatusMapping.option("the Jira status to transition the issue to"),
            ConnectorOption.secret("email", true, "User name or e-mail of the Jira account"),
            ConnectorOption.secret("apiToken", true, "API token (Cloud) or password (Data Center)"));

    @Override
    public String id() {
        return ".jira";
    }

    @Override
    public String name() {
        return "Jira";
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
        JiraClient client = new JiraClient(http, (String) config.get("apiUrl"), (String) secrets.get("email"),
                (String) secrets.get("apiToken"));
        return Optional.of(new JiraPusher(client, (String) config.get("projectKey"), CaseStatusMapping.of(config)));
    }

    @Override
    public Optional<io.casebook.connector.spi.ConnectorExecutor> executor(Map<String, Object> config,
                                                                       Map<String, Object> secrets, ExternalHttp http) {
        return pusher(config, secrets, http).map(pusher -> JiraExecutor.of(pusher, config, secrets, http));
    }
}
