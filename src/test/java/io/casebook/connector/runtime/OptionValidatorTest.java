package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each built-in type's options and rules, with the messages the API and startup errors show. */
class OptionValidatorTest {

    private static final ConnectorTypeRegistry TYPES = ConnectorTypeRegistry.loaded();

    private static final Map<String, Object> WEBHOOK = Map.of(
            "createIncidentUrl", "https://cm.example.com/api/incidents",
            "createIncidentJson", "{\"title\":\"{{{case.title}}}\"}",
            "createIncidentResponseKey", "id",
            "getIncidentUrl", "https://cm.example.com/api/incidents/{{{external.system.id}}}",
            "getIncidentResponseExternalTitleKey", "key",
            "viewIncidentUrl", "https://cm.example.com/view/{{{external.system.title}}}",
            "updateIncidentUrl", "https://cm.example.com/api/incidents/{{{external.system.id}}}",
            "updateIncidentJson", "{\"title\":\"{{{case.title}}}\"}");

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of(".jira", Map.of("apiUrl", "https://j.example.com", "projectKey", "OPS"),
                        Map.of("email", "e", "apiToken", "t")),
                Arguments.of(".servicenow", Map.of("apiUrl", "https://sn.example.com"),
                        Map.of("username", "u", "password", "p")),
                Arguments.of(".servicenow-sir", Map.of("apiUrl", "https://sn.example.com", "isOAuth", true,
                        "clientId", "c", "userIdentifierValue", "u", "jwtKeyId", "k"),
                        Map.of("clientSecret", "s", "privateKey", "-----BEGIN PRIVATE KEY-----")),
                Arguments.of(".thehive", Map.of("url", "https://hive.example.com", "organisation", "soc"),
                        Map.of("apiKey", "k")),
                Arguments.of(".cases-webhook", WEBHOOK, Map.of("user", "u", "password", "p")));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void acceptsAValidInstanceOfEachType(String type, Map<String, Object> config, Map<String, Object> secrets) {
        var valid = OptionValidator.validate(TYPES.type(type), config, secrets);
        assertThat(valid.config()).containsAllEntriesOf(config);
        assertThat(valid.secrets()).isEqualTo(secrets);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(".jira", Map.of("apiUrl", "https://j.example.com"), Map.of("email", "e", "apiToken", "t"),
                        "error validating action type config: [projectKey]: expected value of type [string] but got [undefined]"),
                Arguments.of(".jira", Map.of("apiUrl", "jira.example.com", "projectKey", "OPS"),
                        Map.of("email", "e", "apiToken", "t"),
                        "error validating action type config: [apiUrl]: expected a URL (http or https) but got [jira.example.com]"),
                Arguments.of(".jira", Map.of("apiUrl", "https://j.example.com", "projectKey", "OPS", "board", "x"),
                        Map.of("email", "e", "apiToken", "t"),
                        "error validating action type config: [board]: definition for this key is missing"),
                Arguments.of(".servicenow", Map.of("apiUrl", "https://sn.example.com", "usesTableApi", "true"),
                        Map.of("username", "u", "password", "p"),
                        "error validating action type config: [usesTableApi]: expected value of type [boolean] but got [string]"),
                Arguments.of(".servicenow", Map.of("apiUrl", "https://sn.example.com"), Map.of(),
                        "error validating action type connector: Either basic auth or OAuth credentials must be specified"),
                Arguments.of(".servicenow-sir", Map.of("apiUrl", "https://sn.example.com", "isOAuth", true),
                        Map.of("clientSecret", "s", "privateKey", "k"),
                        "error validating action type connector: clientId must be provided when isOAuth = true"),
                Arguments.of(".servicenow-sir", Map.of("apiUrl", "https://sn.example.com"),
                        Map.of("username", "u", "password", "p", "privateKey", "k"),
                        "error validating action type connector: Cannot specify both basic auth and OAuth credentials"),
                Arguments.of(".thehive", Map.of("url", "https://hive.example.com"), Map.of(),
                        "error validating action type secrets: [apiKey]: expected value of type [string] but got [undefined]"),
                Arguments.of(".thehive", Map.of("url", 42), Map.of("apiKey", "k"),
                        "error validating action type config: [url]: expected value of type [string] but got [number]"),
                Arguments.of(".cases-webhook", with(WEBHOOK, "createIncidentMethod", "get"), Map.of("user", "u",
                        "password", "p"),
                        "error validating action type config: [createIncidentMethod]: expected one of [post, put] but got [get]"),
                Arguments.of(".cases-webhook", with(WEBHOOK, "headers", Map.of("X-A", 1)), Map.of("user", "u",
                        "password", "p"),
                        "error validating action type config: [headers]: expected every value to be of type [string]"),
                Arguments.of(".cases-webhook", WEBHOOK, Map.of("user", "u"),
                        "error validating action type connector: both user and password must be specified"),
                // No host java.net.URI can read: refused, and not echoed (the part before '@' may be a secret).
                Arguments.of(".jira", Map.of("apiUrl", "http://x@127.0.0.1:8080@example.com", "projectKey", "OPS"),
                        Map.of("email", "e", "apiToken", "t"),
                        "error validating action type config: [apiUrl]: unable to parse url: no host can be read from it"),
                Arguments.of(".thehive", Map.of("url", "https://hive.example.com\\@127.0.0.1"), Map.of("apiKey", "k"),
                        "error validating action type config: [url]: unable to parse url: no host can be read from it"),
                Arguments.of(".cases-webhook", with(WEBHOOK, "getIncidentUrl",
                        "http://x@127.0.0.1:P@cm.example.com/{{{external.system.id}}}"), Map.of(),
                        "error validating action type config: [getIncidentUrl]: unable to parse url: no host can be "
                                + "read from it"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesNamingTheOption(String type, Map<String, Object> config, Map<String, Object> secrets, String message) {
        assertThatThrownBy(() -> OptionValidator.validate(TYPES.type(type), config, secrets))
                .isInstanceOf(ConnectorConfigException.class).hasMessage(message);
    }

    @Test
    void fillsInDefaults() {
        var valid = OptionValidator.validate(TYPES.type(".cases-webhook"), WEBHOOK, Map.of("user", "u",
                "password", "p"));
        assertThat(valid.config()).containsEntry("createIncidentMethod", "post").containsEntry("updateIncidentMethod",
                "put").containsEntry("hasAuth", true);
        assertThat(OptionValidator.validate(TYPES.type(".servicenow"), Map.of("apiUrl", "https://sn.example.com"),
                Map.of("username", "u", "password", "p")).config())
                .containsEntry("usesTableApi", true).containsEntry("isOAuth", false);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> out = new java.util.HashMap<>(base);
        out.put(key, value);
        return out;
    }
}
