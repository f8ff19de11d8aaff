package io.casebook.security;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With a PKCS12 keystore configured the API is served over TLS only, with that certificate. */
class HttpsTest {

    private static final String PASSWORD = "keystore-pass";

    @TempDir
    Path dir;

    @Test
    void theApiIsServedOverTlsOnlyWithTheConfiguredCertificate() throws Exception {
        Path keystore = selfSigned(dir.resolve("casebook.p12"));
        try (TestEngine engine = TestEngine.start(Map.of("casebook.http.tls.keystore", keystore.toString(),
                "casebook.http.tls.keystore-password", PASSWORD))) {
            Api https = Api.https(engine.port(), trusting(keystore));

            Api.Result found = https.get("/api/cases/_find");
            assertThat(found.status()).as(found.raw()).isEqualTo(200);
            assertThat(https.anonymous().get("/api/cases/_find").status()).isEqualTo(401);
            assertThat(https.anonymous().get("/api/status").status()).isEqualTo(200);

            // The same port does not speak plain HTTP.
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + engine.port() + "/api/status")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
            // And a client that does not trust the certificate is turned away by the handshake.
            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(URI.create("https://localhost:"
                            + engine.port() + "/api/status")).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
    }

    @Test
    void aMissingKeystoreStopsStartup() {
        assertThatThrownBy(() -> TestEngine.start(Map.of("casebook.http.tls.keystore",
                dir.resolve("absent.p12").toString())).close())
                .hasStackTraceContaining("casebook.http.tls.keystore: no such file");
    }

    /** A self-signed certificate for localhost made by the JDK's keytool, as an operator would. */
    private static Path selfSigned(Path keystore) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "casebook",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        return keystore;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
