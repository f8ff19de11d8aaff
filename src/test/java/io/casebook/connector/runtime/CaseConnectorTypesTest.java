package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connectors.jira.JiraType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A case may name every registered type that supports cases, with no list to edit when a type is added. */
class CaseConnectorTypesTest {

    @Test
    void aNewTypeClassIsACaseConnectorTypeWithNoOtherEdit() {
        ConnectorTypeRegistry registry = new ConnectorTypeRegistry(List.of(new JiraType(), type(".acme", "cases"),
                type(".pager", "alerting")));

        assertThat(CaseConnectorTypes.of(registry)).containsExactly(".none", ".jira", ".acme", ".resilient",
                ".swimlane");
    }

    @Test
    void theLoadedIdsAreTheBuiltInTypesKibanasOthersAndNone() {
        // Plus the test class path's own type: it supports cases, so cases may name it with no edit here either.
        assertThat(CaseConnectorTypes.ids()).containsExactlyInAnyOrder(".none", ".jira", ".servicenow",
                ".servicenow-sir", ".cases-webhook", ".thehive", ".resilient", ".swimlane",
                io.casebook.testconnector.EchoType.ID);
    }

    private static ConnectorType type(String id, String feature) {
        return new ConnectorType() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public List<ConnectorOption> options() {
                return List.of();
            }

            @Override
            public List<String> supportedFeatureIds() {
                return List.of(feature);
            }
        };
    }
}
