package io.casebook.adapter.in.http;

import io.casebook.config.Settings;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/** Builds the Vert.x HTTP server that Camel's platform-http routes are served from. */
public final class HttpServerFactory {

    private HttpServerFactory() {
    }

    public static VertxPlatformHttpServer create(Settings settings) {
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost(settings.get("casebook.http.host", "0.0.0.0"));
        config.setBindPort(settings.getInt("casebook.http.port", 5601));
        config.setPath("/");
        config.setMaxBodySize((long) settings.getInt("casebook.http.max-body-bytes", 10 * 1024 * 1024));
        return new VertxPlatformHttpServer(config);
    }
}
