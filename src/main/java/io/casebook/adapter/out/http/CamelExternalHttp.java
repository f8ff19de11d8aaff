package io.casebook.adapter.out.http;

import io.casebook.connector.runtime.AllowedHosts;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;

import org.apache.hc.client5.http.ConnectTimeoutException;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Connectors' outbound HTTP through camel-http. One endpoint per scheme and host (the path and query travel
 * in headers), so Camel's endpoint cache does not grow with every issue id; errors come back as replies.
 * Every call, pushes and test runs alike, is checked against {@code casebook.connectors.allowed-hosts} as it is
 * made, so neither a preconfigured connector nor a URL rendered from a template reaches a host not listed;
 * redirects are not followed, so an allowed host cannot send a call on to another.
 */
public final class CamelExternalHttp implements ExternalHttp {

    /** A reply with the one response header callers act on: when to try again. */
    public record Response(Reply reply, String retryAfter) {
    }

    private final Supplier<CamelContext> context;
    private final String timeouts;
    private final AllowedHosts allowedHosts;
    private volatile ProducerTemplate template;

    /**
     * {@code context} is read on the first call: connectors are wired before Camel Main has started. A call
     * that cannot connect within {@code connectTimeoutMs} or gets no answer within {@code responseTimeoutMs}
     * fails (and is retried by the outbox).
     */
    public CamelExternalHttp(Supplier<CamelContext> context, int connectTimeoutMs, int responseTimeoutMs,
                             AllowedHosts allowedHosts) {
        this.context = context;
        this.allowedHosts = allowedHosts;
        this.timeouts = "&followRedirects=false&connectionRequestTimeout=" + responseTimeoutMs + "&connectTimeout="
                + connectTimeoutMs + "&responseTimeout=" + responseTimeoutMs;
    }

    @Override
    public Reply send(String method, String url, Map<String, String> headers, String body) {
        return exchange(method, url, headers, body).reply();
    }

    /** {@link #send}, keeping the {@code Retry-After} header. */
    public Response exchange(String method, String url, Map<String, String> headers, String body) {
        URI uri = URI.create(url);
        if (!allowedHosts.allows(url)) {
            // Final: the same call would be refused again. Named without user info or query, which may be secret.
            throw new PushFailedException(AllowedHosts.refusal(uri.getScheme() + "://"
                    + AllowedHosts.host(url).orElse("") + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())));
        }
        String endpoint = uri.getScheme() + "://" + uri.getRawAuthority() + "?throwExceptionOnFailure=false"
                + timeouts;
        Exchange reply = template().request(endpoint, exchange -> {
            var message = exchange.getMessage();
            headers.forEach(message::setHeader);
            message.setHeader(Exchange.HTTP_METHOD, method);
            message.setHeader(Exchange.HTTP_PATH, uri.getRawPath());
            message.setHeader(Exchange.HTTP_QUERY, uri.getRawQuery());
            message.setBody(body);
        });
        if (reply.getException() != null) {
            String message = "Cannot reach " + uri.getScheme() + "://" + uri.getRawAuthority() + ": "
                    + reply.getException().getMessage();
            throw neverSent(reply.getException())
                    ? PushFailedException.transientFailure(message, null, reply.getException())
                    : PushFailedException.unanswered(message, reply.getException());
        }
        Integer status = reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return new Response(new Reply(status == null ? 0 : status, reply.getMessage().getBody(String.class)),
                reply.getMessage().getHeader("Retry-After", String.class));
    }

    /**
     * A failure to connect at all: the request cannot have reached the system. Anything else (a response
     * timeout, a connection reset mid-way) may have left the system acting on it without our knowing.
     */
    private static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private ProducerTemplate template() {
        if (template == null) {
            synchronized (this) {
                if (template == null) {
                    CamelContext camel = context.get();
                    // No retries inside HttpClient: since 5.5 it waits out a 429/503 Retry-After (up to hours) in
                    // the caller's thread. The outbox retries instead, durably and visibly on the case.
                    for (String scheme : new String[] {"http", "https"}) {
                        camel.getComponent(scheme, HttpComponent.class).setAutomaticRetriesDisabled(true);
                    }
                    template = camel.createProducerTemplate();
                }
            }
        }
        return template;
    }
}
