package io.casebook.support;

import java.net.URI;
import java.net.http.HttpRequest;

/** Posts alert payloads the way senders do: no {@code kbn-xsrf}, JSON unless a test says otherwise. */
public final class Webhooks {

    private final TestEngine engine;

    public Webhooks(TestEngine engine) {
        this.engine = engine;
    }

    public Api.Result post(String path, Object body) {
        return post(path, body.toString(), "application/json");
    }

    public Api.Result post(String path, String body, String contentType) {
        return engine.api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), false);
    }

    public Api.Result get(String path) {
        return engine.api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.port() + path))
                .GET(), false);
    }
}
