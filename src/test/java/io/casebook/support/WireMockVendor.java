package io.casebook.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** What every vendor fake shares: its WireMock server on a free port, its base URL and its JSON answers. */
public abstract class WireMockVendor implements VendorFake {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    /** {@code fake} listening, in its reset state. */
    protected static <T extends WireMockVendor> T started(T fake) {
        fake.server().start();
        fake.reset();
        return fake;
    }

    @Override
    public WireMockServer server() {
        return server;
    }

    /** The base URL connectors are configured with. */
    public String url() {
        return server.baseUrl();
    }

    /** A JSON answer with {@code status}. */
    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
