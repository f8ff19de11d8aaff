package io.casebook.domain.security;

import io.casebook.domain.Owner;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The roles config/roles.yaml ships, built in code, plus two that exercise the edges of the model. */
public final class SecurityRoles {

    public static final Role VIEWER = new Role("viewer", Set.of("*"),
            Map.of(Owner.CASES, CasePrivilege.of(Level.READ), Owner.OBSERVABILITY, CasePrivilege.of(Level.READ),
                    Owner.SECURITY_SOLUTION, CasePrivilege.of(Level.READ)),
            Map.of(Feature.CONNECTORS, Level.READ, Feature.ALERTS, Level.READ, Feature.RULES, Level.READ));

    public static final Role SOC_ANALYST = new Role("soc_analyst", Set.of("default", "soc"),
            Map.of(Owner.SECURITY_SOLUTION, new CasePrivilege(Level.ALL,
                            EnumSet.of(CaseOperation.CREATE_COMMENT, CaseOperation.REOPEN, CaseOperation.ASSIGN)),
                    Owner.OBSERVABILITY, CasePrivilege.of(Level.READ)),
            Map.of(Feature.CONNECTORS, Level.READ, Feature.ALERTS, Level.READ, Feature.RULES, Level.READ));

    public static final Role OBSERVABILITY_RESPONDER = new Role("observability_responder", Set.of("default"),
            Map.of(Owner.OBSERVABILITY, CasePrivilege.of(Level.ALL)),
            Map.of(Feature.CONNECTORS, Level.READ, Feature.ALERTS, Level.ALL, Feature.RULES, Level.READ));

    /** Kibana's documented "view and delete": read plus the delete sub-feature, in one space. */
    public static final Role CASES_JANITOR = new Role("cases_janitor", Set.of("soc"),
            Map.of(Owner.CASES, new CasePrivilege(Level.READ, EnumSet.of(CaseOperation.DELETE))),
            Map.of(Feature.CONNECTORS, Level.ALL));

    /** A role that names spaces but grants nothing in them: the spaces are visible, every case is not. */
    public static final Role SPACE_ONLY = new Role("space_only", Set.of("other"), Map.of(), Map.of());

    /** The shipped roles, as config/roles.yaml defines them. */
    public static final List<Role> SHIPPED = List.of(VIEWER, SOC_ANALYST, OBSERVABILITY_RESPONDER);

    public static RoleBook book() {
        return new RoleBook(List.of(VIEWER, SOC_ANALYST, OBSERVABILITY_RESPONDER, CASES_JANITOR, SPACE_ONLY));
    }

    private SecurityRoles() {
    }
}
