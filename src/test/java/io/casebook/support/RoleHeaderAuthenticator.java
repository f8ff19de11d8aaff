package io.casebook.support;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.domain.User;
import io.casebook.domain.security.Identity;
import org.apache.camel.Message;

import java.util.Arrays;
import java.util.List;

/**
 * Tests only: the caller is who two headers say, with the roles they list, so authorization tests can act as
 * any user without real authentication. Without the headers the caller is {@code elastic}, a superuser, as the
 * engine's anonymous user is. Once authentication lands these tests can send real credentials instead.
 */
public final class RoleHeaderAuthenticator implements Authenticator {

    public static final String USER = "x-casebook-test-user";
    public static final String ROLES = "x-casebook-test-roles";

    @Override
    public Identity authenticate(Message request) {
        String user = request.getHeader(USER, String.class);
        if (user == null) {
            return Identity.superuser(User.named("elastic"));
        }
        String roles = request.getHeader(ROLES, String.class);
        List<String> names = roles == null || roles.isBlank() ? List.of()
                : Arrays.stream(roles.split(",")).map(String::trim).toList();
        return new Identity(User.named(user), names);
    }
}
