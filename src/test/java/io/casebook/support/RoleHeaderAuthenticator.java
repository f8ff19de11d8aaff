package io.casebook.support;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.application.security.Principal;
import io.casebook.domain.User;
import org.apache.camel.Message;

import java.util.Arrays;
import java.util.List;

/**
 * Tests only, injected through the engine's overrides (never reachable in a running engine): the caller is who
 * two headers say, with the roles they list, so the authorization tests can act as any combination of roles
 * without a users file per combination. Without the headers the caller is {@code elastic}, a superuser.
 * Authentication itself is tested with real credentials (AuthenticationTest, ApiKeysTest).
 */
public final class RoleHeaderAuthenticator implements Authenticator {

    public static final String USER = "x-casebook-test-user";
    public static final String ROLES = "x-casebook-test-roles";

    @Override
    public Principal authenticate(Message request) {
        String user = request.getHeader(USER, String.class);
        if (user == null) {
            return Principal.password(User.named("elastic"), List.of(Principal.SUPERUSER));
        }
        String roles = request.getHeader(ROLES, String.class);
        List<String> names = roles == null || roles.isBlank() ? List.of()
                : Arrays.stream(roles.split(",")).map(String::trim).toList();
        return Principal.password(User.named(user), names);
    }
}
