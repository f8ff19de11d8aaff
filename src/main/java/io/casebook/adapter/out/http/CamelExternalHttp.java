package io.casebook.adapter.out.http;

import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Connectors' outbound HTTP through camel-http. One endpoint per scheme and host (the path and query travel
 * in headers), so Camel's endpoint cache does not grow with every issue id; errors come back as replies.
 */
public final class CamelExternalHttp implements ExternalHttp {

    private final Supplier<CamelContext> context;
    private volatile ProducerTemplate template;

    /** {@code context} is read on the first call: connectors are wired before Camel Main has started. */
    public CamelExternalHttp(Supplier<CamelContext> context) {
        this.context = context;
    }

    @Override
    public Reply send(String method, String url, Map<String, String> headers, String body) {
        URI uri = URI.create(url);
        String endpoint = uri.getScheme() + "://" + uri.getRawAuthority()
                + "?throwExceptionOnFailure=false&connectionRequestTimeout=30000&connectTimeout=10000"
                + "&responseTimeout=30000";
        Exchange reply = template().request(endpoint, exchange -> {
            var message = exchange.getMessage();
            headers.forEach(message::setHeader);
            message.setHeader(Exchange.HTTP_METHOD, method);
            message.setHeader(Exchange.HTTP_PATH, uri.getRawPath());
            message.setHeader(Exchange.HTTP_QUERY, uri.getRawQuery());
            message.setBody(body);
        });
        if (reply.getException() != null) {
            throw new PushFailedException("Cannot reach " + uri.getScheme() + "://" + uri.getRawAuthority()
                    + ": " + reply.getException().getMessage(), reply.getException());
        }
        Integer status = reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return new Reply(status == null ? 0 : status, reply.getMessage().getBody(String.class));
    }

    private ProducerTemplate template() {
        if (template == null) {
            synchronized (this) {
                if (template == null) {
                    template = context.get().createProducerTemplate();
                }
            }
        }
        return template;
    }
}
