package io.casebook.application.security;

import io.casebook.domain.security.Feature;
import io.casebook.domain.security.Level;
import io.casebook.domain.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles alert senders hold: alerts {@code all} and nothing else, in a token source's spaces (so a source
 * posting under {@code /s/<other space>/} finds nothing there, 404) or in every space for anonymous senders and
 * PagerDuty integrations (whose space is a label: PagerDuty senders know only {@code /v2/enqueue}). Their names
 * hold a colon, which roles.yaml names cannot, so they never clash with a configured role.
 */
public final class IngestRoles {

    /** Held by anonymous senders (when ingest is open), PagerDuty integrations, and unknown routing keys. */
    public static final String ANY_SPACE = "ingest:*";

    private IngestRoles() {
    }

    public static List<Role> of(List<IngestSource> sources) {
        List<Role> roles = new ArrayList<>();
        roles.add(ingestOnly(ANY_SPACE, Set.of(Role.ANY_SPACE)));
        for (IngestSource source : sources) {
            roles.add(ingestOnly(source.roleName(), source.spaces()));
        }
        return roles;
    }

    private static Role ingestOnly(String name, Set<String> spaces) {
        return new Role(name, spaces, Map.of(), Map.of(Feature.ALERTS, Level.ALL));
    }
}
