package io.casebook.adapter.in.http;

import io.casebook.config.Settings;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the Vert.x HTTP server that Camel's platform-http routes are served from: plain HTTP, or HTTPS only
 * when {@code casebook.http.tls.keystore} names a PKCS12 keystore (certificate chain and private key).
 */
public final class HttpServerFactory {

    private HttpServerFactory() {
    }

    public static VertxPlatformHttpServer create(Settings settings, CamelContext context) {
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost(settings.get("casebook.http.host", "0.0.0.0"));
        config.setBindPort(settings.getInt("casebook.http.port", 5601));
        config.setPath("/");
        config.setMaxBodySize((long) settings.getInt("casebook.http.max-body-bytes", 10 * 1024 * 1024));
        settings.find("casebook.http.tls.keystore").ifPresent(keystore ->
                config.setSslContextParameters(tls(Path.of(keystore),
                        settings.get("casebook.http.tls.keystore-password", ""), context)));
        return new VertxPlatformHttpServer(config);
    }

    /** The server side of TLS from a PKCS12 file; a missing file stops startup with its path. */
    static SSLContextParameters tls(Path keystore, String password, CamelContext context) {
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalStateException("casebook.http.tls.keystore: no such file " + keystore.toAbsolutePath());
        }
        KeyStoreParameters store = new KeyStoreParameters();
        store.setCamelContext(context);
        store.setType("PKCS12");
        store.setResource("file:" + keystore.toAbsolutePath());
        store.setPassword(password);
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setCamelContext(context);
        keys.setKeyStore(store);
        keys.setKeyPassword(password);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setCamelContext(context);
        tls.setKeyManagers(keys);
        return tls;
    }
}
