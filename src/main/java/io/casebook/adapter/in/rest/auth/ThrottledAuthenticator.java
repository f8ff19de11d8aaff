package io.casebook.adapter.in.rest.auth;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.rest.ClientAddress;
import io.casebook.application.security.Principal;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.OptionalLong;

/**
 * API users within {@code casebook.api.rate-per-second} each (an API key counts as its owner): over it, 429 with
 * {@code Retry-After}, before the request does anything. Counted after authentication, so only a known user
 * spends a budget; a stranger's wrong passwords cost bcrypt and an audit line, as in Elasticsearch.
 */
public final class ThrottledAuthenticator implements Authenticator {

    private final Authenticator users;
    private final RateLimits limits;
    private final int perSecond;

    public ThrottledAuthenticator(Authenticator users, RateLimits limits, int perSecond) {
        this.users = users;
        this.limits = limits;
        this.perSecond = perSecond;
    }

    @Override
    public Principal authenticate(Message request) {
        Principal caller = users.authenticate(request);
        OptionalLong wait = limits.acquire("user:" + caller.user().username(), perSecond, caller.user().username(),
                ClientAddress.of(request), request.getHeader(Exchange.HTTP_PATH, String.class));
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
        return caller;
    }
}
