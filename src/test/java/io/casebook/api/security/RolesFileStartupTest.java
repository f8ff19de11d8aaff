package io.casebook.api.security;

import io.casebook.adapter.in.security.RolesFileException;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bad roles.yaml stops the engine before it listens, with the file, the line and the reason. */
class RolesFileStartupTest {

    @TempDir
    Path dir;

    @Test
    void aBadRolesFileStopsStartup() throws IOException {
        Path roles = dir.resolve("roles.yaml");
        Files.writeString(roles, "roles:\n  analyst:\n    spaces: [\"*\"]\n    cases: {securitySolution: owner}\n");
        assertThatThrownBy(() -> TestEngine.start(Map.of("casebook.auth.roles-file", roles.toString())))
                .isInstanceOf(RolesFileException.class)
                .hasMessage(roles + ":4: roles.analyst.cases.securitySolution: "
                        + "expected all, read or none, not \"owner\"");
    }
}
