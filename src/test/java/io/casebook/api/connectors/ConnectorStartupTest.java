package io.casebook.api.connectors;

import io.casebook.EngineOverrides;
import io.casebook.CasebookApp;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine starts without connector files and refuses to start on a bad one, naming it. */
class ConnectorStartupTest {

    @TempDir
    Path dir;

    @Test
    void startsWithAMissingOrEmptyConnectorsDirectory() {
        for (Path connectors : new Path[] {dir.resolve("absent"), dir}) {
            try (TestEngine engine = TestEngine.start(Map.of("casebook.connectors.dir", connectors.toString()))) {
                var listed = engine.api().get("/api/actions/connectors");
                assertThat(listed.status()).isEqualTo(200);
                assertThat(listed.body()).isEmpty();
            }
        }
    }

    @Test
    void aBadFileStopsStartupWithFileAndReason() throws Exception {
        Path file = Files.writeString(dir.resolve("sn.yaml"), "name: SN\ntype: .servicenow\nconfig:\n"
                + "  apiUrl: https://sn.example.com\nsecrets:\n  username: ${env:SN_USER}\n"
                + "  password: ${env:SN_PASSWORD}\n");
        Map<String, String> env = Map.of("SN_USER", "u");
        assertThatThrownBy(() -> TestEngine.start(Map.of("casebook.connectors.dir", dir.toString()),
                new EngineOverrides(null, null, env::get)))
                .hasMessage(file + ": secrets.password: environment variable SN_PASSWORD is not set");
    }
}
