package io.casebook.adapter.in.rest.auth;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.rest.ClientAddress;
import io.casebook.application.security.Authentication;
import io.casebook.application.security.AuthenticationException;
import io.casebook.application.security.Credentials;
import io.casebook.application.security.Principal;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Authenticates API users from the {@code Authorization} header (Basic or ApiKey). A refusal is Kibana's
 * 401: {@code Unauthorized} without credentials, Elasticsearch's {@code [security_exception]} wording
 * with them, and never the reason (unknown user or wrong password look alike).
 */
public final class HttpAuthenticator implements Authenticator {

    private final Authentication authentication;

    public HttpAuthenticator(Authentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public Principal authenticate(Message request) {
        Credentials credentials = AuthorizationHeader.parse(request.getHeader("Authorization", String.class));
        String path = request.getHeader(Exchange.HTTP_PATH, String.class);
        try {
            return authentication.authenticate(credentials, ClientAddress.of(request), path);
        } catch (AuthenticationException e) {
            throw new UnauthorizedException(message(credentials, path));
        }
    }

    private static String message(Credentials credentials, String path) {
        if (credentials instanceof Credentials.Password password) {
            return "[security_exception]: unable to authenticate user [" + password.username()
                    + "] for REST request [" + path + "]";
        }
        if (credentials instanceof Credentials.ApiKey) {
            return "[security_exception]: unable to authenticate with provided credentials and anonymous access "
                    + "is not allowed for this request";
        }
        return "Unauthorized";
    }
}
