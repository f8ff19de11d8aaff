package io.casebook.domain.security;

import io.casebook.domain.CasesException;
import io.casebook.domain.Owner;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one caller may do, decided from their roles: privileges add up as in Kibana (an operation is allowed
 * when any role allows it in that space). Pure: the adapters ask, the use cases enforce.
 */
public final class Access {

    /** Everything everywhere: the engine's own work (rules, push outbox) and the built-in superuser. */
    public static final Access FULL = new Access(List.of(Role.superuser("superuser")));

    private final List<Role> roles;

    public Access(Collection<Role> roles) {
        this.roles = List.copyOf(roles);
    }

    /** A space the caller has no role for does not exist for them (Kibana answers 404). */
    public boolean visible(String space) {
        return roles.stream().anyMatch(r -> r.appliesTo(space));
    }

    public boolean can(String space, Owner owner, CaseOperation operation) {
        return roles.stream().anyMatch(r -> r.appliesTo(space) && r.privilege(owner).allows(operation));
    }

    /** The owners whose cases the caller may do {@code operation} on in the space. */
    public Set<Owner> owners(String space, CaseOperation operation) {
        return Arrays.stream(Owner.values()).filter(o -> can(space, o, operation))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Owner.class)));
    }

    public Set<Owner> readableOwners(String space) {
        return owners(space, CaseOperation.READ);
    }

    /** The highest level any of the caller's roles grants on the feature in the space. */
    public Level level(String space, Feature feature) {
        return roles.stream().filter(r -> r.appliesTo(space)).map(r -> r.level(feature))
                .max(Enum::compareTo).orElse(Level.NONE);
    }

    /**
     * Refuses (403, Kibana's message naming every owner involved) unless the caller may do the action's
     * operation on each of {@code owners}.
     */
    public void ensure(String space, CaseAction action, Collection<Owner> owners) {
        if (owners.stream().anyMatch(o -> !can(space, o, action.operation()))) {
            throw CasesException.forbidden(action.failure(owners));
        }
    }

    /** {@link #ensure(String, CaseAction, Collection)} for one owner. */
    public void ensure(String space, CaseAction action, Owner owner) {
        ensure(space, action, List.of(owner));
    }

    /**
     * The owners a list request may see: those asked for (every one when none is asked) that the caller can read.
     * An owner asked for but not readable is silently left out, as Kibana's authorization filter does; when the
     * caller can read no owner at all, Kibana refuses the request (403 "... of any owner").
     */
    public Set<Owner> narrow(String space, CaseAction action, Collection<Owner> requested) {
        Set<Owner> readable = owners(space, action.operation());
        if (readable.isEmpty()) {
            throw CasesException.forbidden(action.failure(List.of()));
        }
        if (!requested.isEmpty()) {
            readable.retainAll(requested);
        }
        return readable;
    }
}
