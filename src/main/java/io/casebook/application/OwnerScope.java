package io.casebook.application;

import io.casebook.domain.Owner;
import io.casebook.domain.security.CaseAction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows a list request's {@code owner} filter to the owners the caller may read, as Kibana's authorization
 * filter does: unreadable owners drop out silently, and a caller who can read no owner at all is refused (403).
 */
public final class OwnerScope {

    private OwnerScope() {
    }

    /**
     * The owner filter to apply (wire names; empty = no filter, only when the caller reads every owner and asked
     * for none), or empty when nothing can match (every owner asked for is unknown or unreadable).
     */
    public static Optional<List<String>> of(RequestContext ctx, CaseAction action, List<String> requested) {
        Set<Owner> readable = ctx.access().narrow(ctx.space(), action, List.of());
        if (requested.isEmpty()) {
            return Optional.of(readable.size() == Owner.values().length ? List.of()
                    : readable.stream().map(Owner::wire).toList());
        }
        List<String> kept = requested.stream().distinct()
                .filter(wire -> Owner.fromWire(wire).map(readable::contains).orElse(false)).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }
}
