package io.casebook.api.security;

import io.casebook.EngineOverrides;
import io.casebook.CasebookApp;
import io.casebook.adapter.in.security.IngestFileException;
import io.casebook.support.IngestYaml;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bad ingest.yaml stops the engine before it listens, with the file, the line and the reason; above all, a
 * clear token, routing key or password is refused where it stands, so none can be kept in the file.
 */
class IngestFileStartupTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '#', value = {
        "sources:\\n  prom:\\n    token: s3cr3t-token-in-the-file-0001\\n#3#sources.prom.token: a clear token is not "
                + "accepted in the file; give ${env:VARIABLE} or its SHA-256 as token_sha256",
        "sources:\\n  prom:\\n    token: ${env:SHORT}\\n#3#sources.prom.token: the token in SHORT is shorter than 20 "
                + "characters; make one with `openssl rand -hex 32`",
        "sources:\\n  prom:\\n    token: ${env:UNSET}\\n#3#sources.prom.token: environment variable UNSET is not set",
        "sources:\\n  prom:\\n    token_sha256: abc\\n#3#sources.prom.token_sha256: expected 64 hexadecimal "
                + "characters (printf %s \"$SECRET\" | sha256sum)",
        "sources:\\n  prom:\\n    basic: {username: am, password_hash: hunter2}\\n#3#sources.prom.basic.password_hash: "
                + "must be a bcrypt hash, never the password; make one with `java -jar target/casebook.jar "
                + "hash-password`",
        "sources:\\n  prom:\\n    basic: {username: alice, password_hash: HASH}\\n#3#sources.prom.basic.username: "
                + "\"alice\" is a user's login (users.yaml or elastic); give the source a login of its own",
        "sources:\\n  prom:\\n    token_sha256: SHA\\n    formats: [grafana]\\n#4#sources.prom.formats: Grafana posts "
                + "to /api/alerts/alertmanager; list alertmanager",
        "sources:\\n  prom:\\n    token_sha256: SHA\\n  other:\\n    token_sha256: SHA\\n#5#sources.other: the same "
                + "token is given to another source",
        "sources:\\n  prom:\\n    token_sha256: SHA\\n    rate_per_second: fast\\n#4#sources.prom.rate_per_second: "
                + "expected a whole number of requests per second, 0 or more (0 = unlimited)",
        "pagerduty_integrations:\\n  pay:\\n    routing_key: R0123456789ABCDEF0123456789ABCDE\\n#3#"
                + "pagerduty_integrations.pay.routing_key: a clear routing key is not accepted in the file; give "
                + "${env:VARIABLE} or its SHA-256 as routing_key_sha256",
        "pagerduty_integrations:\\n  pay:\\n    routing_key_sha256: SHA\\n    owner: finance\\n#4#"
                + "pagerduty_integrations.pay.owner: \"finance\" is not cases, observability or securitySolution",
        "sources:\\n  prom:\\n    tokn: x\\n#3#sources.prom: unknown key \"tokn\" (expected one of: basic, formats, "
                + "rate_per_second, spaces, token, token_sha256)",
    })
    void aBadEntryStopsStartupAtItsLine(String yaml, int line, String reason) {
        Path file = IngestYaml.write(yaml.replace("\\n", "\n").replace("SHA", SHA)
                .replace("HASH", UsersYaml.hash("x")));
        Map<String, String> settings = Map.of("casebook.ingest.file", file.toString(),
                "casebook.auth.users-file", UsersYaml.write("users:\n" + UsersYaml.user("alice", "A", "a@example.com",
                        "alice-secret-1", "viewer")).toString());
        Map<String, String> env = Map.of("SHORT", "too-short");

        assertThatThrownBy(() -> TestEngine.start(settings, new EngineOverrides(null, null, env::get)))
                .isInstanceOf(IngestFileException.class)
                .hasMessage(file + ":" + line + ": " + reason);
    }
}
