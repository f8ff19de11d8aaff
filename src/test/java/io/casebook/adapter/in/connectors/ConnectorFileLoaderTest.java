package io.casebook.adapter.in.connectors;

import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.ConnectorTypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Preconfigured connector files: env references, validation, and errors that name the file and the key. */
class ConnectorFileLoaderTest {

    private static final Map<String, String> ENV = Map.of("HIVE_KEY", "k-123", "HIVE_HOST", "hive.example.com");

    @TempDir
    Path dir;

    private List<ConnectorInstance> load() {
        return new ConnectorFileLoader(ConnectorTypeRegistry.loaded(), ENV::get).load(dir);
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void readsAFileResolvingEnvReferences() throws IOException {
        write("hive.yaml", "name: SOC Hive\ntype: .thehive\nconfig:\n  url: https://${env:HIVE_HOST}\n"
                + "secrets:\n  apiKey: ${env:HIVE_KEY}\n");
        write("notes.txt", "not a connector");
        List<ConnectorInstance> loaded = load();
        assertThat(loaded).hasSize(1);
        ConnectorInstance hive = loaded.get(0);
        assertThat(hive.id()).isEqualTo("hive");
        assertThat(hive.preconfigured()).isTrue();
        assertThat(hive.config()).containsEntry("url", "https://hive.example.com");
        assertThat(hive.secrets()).containsEntry("apiKey", "k-123");
        assertThat(hive.toString()).doesNotContain("k-123");
    }

    @Test
    void theShippedExamplesAreValid() {
        List<ConnectorInstance> examples = new ConnectorFileLoader(ConnectorTypeRegistry.loaded(), name -> "x")
                .load(Path.of("connectors", "examples"));
        assertThat(examples).extracting(ConnectorInstance::typeId).contains(".jira", ".servicenow", ".thehive", ".cases-webhook");
    }

    @Test
    void aMissingDirectoryMeansNoConnectors() {
        assertThat(new ConnectorFileLoader(ConnectorTypeRegistry.loaded(), ENV::get).load(dir.resolve("absent")))
                .isEmpty();
    }

    @Test
    void aMissingEnvironmentVariableNamesFileAndKey() throws IOException {
        Path file = write("hive.yaml", "name: H\ntype: .thehive\nconfig:\n  url: https://h.example.com\n"
                + "secrets:\n  apiKey: ${env:NOT_SET}\n");
        assertThatThrownBy(this::load).isInstanceOf(ConnectorFileException.class)
                .hasMessage(file + ": secrets.apiKey: environment variable NOT_SET is not set");
    }

    @Test
    void aSecretWrittenInTheFileIsRefused() throws IOException {
        Path file = write("hive.yaml", "name: H\ntype: .thehive\nconfig:\n  url: https://h.example.com\n"
                + "secrets:\n  apiKey: plain-text-key\n");
        assertThatThrownBy(this::load).hasMessage(file
                + ": secrets.apiKey must be given as ${env:VARIABLE}, not in the file")
                .hasMessageNotContaining("plain-text-key");
    }

    @Test
    void anInvalidOptionNamesFileAndOption() throws IOException {
        Path file = write("jira.yaml", "name: J\ntype: .jira\nconfig:\n  apiUrl: https://j.example.com\n"
                + "secrets:\n  email: ${env:HIVE_KEY}\n  apiToken: ${env:HIVE_KEY}\n");
        assertThatThrownBy(this::load).hasMessage(file
                + ": error validating action type config: [projectKey]: expected value of type [string] but got [undefined]");
    }

    @Test
    void anUnknownTypeOrKeyIsRefused() throws IOException {
        Path file = write("x.yaml", "name: X\ntype: .nope\n");
        assertThatThrownBy(this::load).hasMessageStartingWith(file + ": type \".nope\" is not a connector type")
                .hasMessageContaining(".jira");
        Files.delete(file);
        Path other = write("y.yaml", "name: Y\ntype: .thehive\nsecret: {}\n");
        assertThatThrownBy(this::load).hasMessage(other
                + ": unknown key \"secret\" (expected name, type, config, secrets)");
    }
}
