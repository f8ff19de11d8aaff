package io.casebook.adapter.in.rest.auth;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.rest.ClientAddress;
import io.casebook.application.security.Principal;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Failed authentications per client address within {@code casebook.auth.failed-logins-per-minute} (Basic, API
 * keys, ingest tokens and logins alike): each wrong password costs a bcrypt check and an audit line, so an address
 * that spent its budget gets Kibana's 429 with {@code Retry-After} for any request carrying credentials, before
 * they are checked, until the minute is over. While refused it costs neither, and its refusals are audited as
 * {@code rate_limited} at most once a minute. Requests without credentials are neither counted nor refused: they
 * cost nothing and only learn that credentials are needed.
 */
public final class FailedLoginGuard implements Authenticator {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final Authenticator inner;
    private final RateLimits limits;
    private final int perMinute;

    public FailedLoginGuard(Authenticator inner, RateLimits limits, int perMinute) {
        this.inner = inner;
        this.limits = limits;
        this.perMinute = perMinute;
    }

    @Override
    public Principal authenticate(Message request) {
        String header = request.getHeader("Authorization", String.class);
        if (perMinute <= 0 || header == null || header.isBlank()) {
            return inner.authenticate(request);
        }
        String address = ClientAddress.of(request);
        String key = "failed_logins:" + address;
        // Refused before checking, even if right this time: otherwise a guess that happens to be cached would
        // still tell an attacker it is right while every other guess is refused.
        OptionalLong wait = limits.exhausted(key, perMinute, PERIOD, null, address,
                request.getHeader(Exchange.HTTP_PATH, String.class));
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
        try {
            return inner.authenticate(request);
        } catch (UnauthorizedException e) {
            limits.spend(key, perMinute, PERIOD);
            throw e;
        }
    }
}
