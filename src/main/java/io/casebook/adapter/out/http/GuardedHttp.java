package io.casebook.adapter.out.http;

import io.casebook.application.port.ConnectorCalls;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ConnectorCalls} over camel-http: each connector has its own call-rate limit (resilience4j), and
 * answers that say "not now" (408, 425, 429, 5xx) become retryable failures with the server's Retry-After,
 * so connector types only ever see answers that mean something about the record.
 */
public final class GuardedHttp implements ConnectorCalls {

    private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429);
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final CamelExternalHttp http;
    private final RateLimiterConfig limit;
    private final Clock clock;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** At most {@code callsPerSecond} calls per connector; a call waits up to {@code maxWait} for its turn. */
    public GuardedHttp(CamelExternalHttp http, int callsPerSecond, Duration maxWait, Clock clock) {
        this.http = http;
        this.clock = clock;
        this.limit = RateLimiterConfig.custom().limitForPeriod(callsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(maxWait).build();
    }

    @Override
    public ExternalHttp forPush(String connectorId, Runnable beforeEachCall) {
        RateLimiter limiter = limiters.computeIfAbsent(connectorId, id -> RateLimiter.of("connector-" + id, limit));
        return (method, url, headers, body) -> {
            beforeEachCall.run();
            if (!limiter.acquirePermission()) {
                throw PushFailedException.transientFailure("Connector " + connectorId + " is at its call rate limit ("
                        + limit.getLimitForPeriod() + " calls per second)", null, null);
            }
            CamelExternalHttp.Response response = http.exchange(method, url, headers, body);
            int status = response.reply().status();
            if (TRANSIENT.contains(status) || status >= 500) {
                throw PushFailedException.transientFailure(describe(method, url, response.reply()),
                        RetryAfter.parse(response.retryAfter(), clock), null);
            }
            return response.reply();
        };
    }

    private static String describe(String method, String url, ExternalHttp.Reply reply) {
        URI uri = URI.create(url);
        String body = reply.body() == null ? "" : reply.body().strip();
        if (body.length() > MAX_BODY_IN_MESSAGE) {
            body = body.substring(0, MAX_BODY_IN_MESSAGE) + "...";
        }
        return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + " answered "
                + reply.status() + (body.isEmpty() ? "" : ": " + body);
    }
}
