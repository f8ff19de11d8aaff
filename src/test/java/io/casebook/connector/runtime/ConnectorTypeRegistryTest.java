package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connectors.jira.JiraType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry finds the built-in types through ServiceLoader and fails fast on unknown or clashing ids. */
class ConnectorTypeRegistryTest {

    @Test
    void findsEveryBuiltInTypeThroughServiceLoader() {
        ConnectorTypeRegistry registry = ConnectorTypeRegistry.loaded();
        // Plus the test class path's own type, registered by its own descriptor file beside the built-ins'.
        assertThat(registry.all()).extracting(ConnectorType::id)
                .containsExactlyInAnyOrder(".jira", ".servicenow", ".servicenow-sir", ".thehive", ".cases-webhook",
                        io.casebook.testconnector.EchoType.ID);
        assertThat(registry.type(".jira")).isInstanceOf(JiraType.class);
    }

    @Test
    void refusesAnUnknownIdNamingIt() {
        assertThatThrownBy(() -> ConnectorTypeRegistry.loaded().type(".pagerduty"))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessage("Action type \".pagerduty\" is not registered.");
    }

    @Test
    void refusesTwoTypesWithOneId() {
        ConnectorType impostor = new ConnectorType() {
            @Override
            public String id() {
                return ".jira";
            }

            @Override
            public String name() {
                return "Another Jira";
            }

            @Override
            public List<ConnectorOption> options() {
                return List.of();
            }
        };
        assertThatThrownBy(() -> new ConnectorTypeRegistry(List.of(new JiraType(), impostor)))
                .hasMessageContaining("Connector type id .jira is declared by both")
                .hasMessageContaining(JiraType.class.getName());
    }

    @Test
    void everyOptionHasADescriptionAndEverySecretIsMarkedSecret() {
        for (ConnectorType type : ConnectorTypeRegistry.loaded().all()) {
            assertThat(type.options()).allSatisfy(o -> assertThat(o.description()).as(type.id() + " " + o.key())
                    .isNotBlank());
            assertThat(type.secretOptions()).as(type.id()).isNotEmpty();
            assertThat(type.configOptions()).as(type.id()).isNotEmpty();
        }
    }
}
