package io.casebook.wiring;

import io.casebook.adapter.in.rest.AnonymousAuthenticator;
import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.security.RolesFileLoader;
import io.casebook.config.Settings;
import io.casebook.domain.security.RoleBook;

import java.nio.file.Path;

/**
 * Who may do what: roles.yaml loaded into the {@link RoleBook} (a bad file throws
 * {@link io.casebook.adapter.in.security.RolesFileException} from the constructor, stopping startup), and the
 * authenticator that names each caller and their roles.
 */
public final class SecurityWiring {

    private final Path rolesFile;
    private final RoleBook roleBook;
    private final Authenticator authenticator;

    /** {@code authenticator} replaces the engine's own (tests act as users with given roles); null keeps it. */
    public SecurityWiring(Settings settings, Authenticator authenticator) {
        rolesFile = settings.find("casebook.auth.roles-file").map(Path::of)
                .orElse(Path.of(settings.get("casebook.config.dir", "config"), "roles.yaml"));
        roleBook = new RolesFileLoader().read(rolesFile);
        // Until authentication lands: every caller is the anonymous user, holding the built-in superuser role.
        this.authenticator = authenticator != null ? authenticator
                : new AnonymousAuthenticator(settings.get("casebook.auth.anonymous-user", "elastic"));
    }

    public RoleBook roleBook() {
        return roleBook;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public Path rolesFile() {
        return rolesFile;
    }
}
