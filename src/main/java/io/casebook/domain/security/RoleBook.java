package io.casebook.domain.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roles in force, by name, always with the built-in {@value #SUPERUSER}. Turns a caller's role names into
 * their {@link Access}; a name no role has grants nothing (as Elasticsearch ignores unknown role names), so a
 * caller with no known role sees no space at all.
 */
public final class RoleBook {

    public static final String SUPERUSER = "superuser";

    private final Map<String, Role> roles;

    public RoleBook(Collection<Role> configured) {
        Map<String, Role> byName = new LinkedHashMap<>();
        byName.put(SUPERUSER, Role.superuser(SUPERUSER));
        for (Role role : configured) {
            if (byName.putIfAbsent(role.name(), role) != null) {
                throw new IllegalArgumentException("role \"" + role.name() + "\" is defined twice"
                        + (SUPERUSER.equals(role.name()) ? " (superuser is built in)" : ""));
            }
        }
        this.roles = Map.copyOf(byName);
    }

    /** Only the built-in superuser. */
    public static RoleBook builtIn() {
        return new RoleBook(List.of());
    }

    public Optional<Role> role(String name) {
        return Optional.ofNullable(roles.get(name));
    }

    public Collection<String> names() {
        return roles.keySet();
    }

    public Access access(Collection<String> roleNames) {
        List<Role> granted = new ArrayList<>();
        for (String name : roleNames) {
            role(name).ifPresent(granted::add);
        }
        return new Access(granted);
    }
}
