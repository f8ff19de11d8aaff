package io.casebook.domain.security;

import io.casebook.domain.Owner;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A named set of grants, as a Kibana role's space privileges: in each of {@code spaces} ({@value #ANY_SPACE} for
 * every space), the Cases privilege per owner and a level for connectors, alerts and rules. An owner or feature
 * the role leaves out is {@code none}.
 */
public record Role(String name, Set<String> spaces, Map<Owner, CasePrivilege> cases, Map<Feature, Level> features) {

    public static final String ANY_SPACE = "*";

    public Role {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a role needs a name");
        }
        spaces = Set.copyOf(spaces);
        cases = cases.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cases));
        features = features.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(features));
    }

    /** Kibana's built-in superuser: everything, in every space. */
    public static Role superuser(String name) {
        Map<Owner, CasePrivilege> all = new EnumMap<>(Owner.class);
        for (Owner owner : Owner.values()) {
            all.put(owner, CasePrivilege.of(Level.ALL));
        }
        Map<Feature, Level> features = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            features.put(feature, Level.ALL);
        }
        return new Role(name, Set.of(ANY_SPACE), all, features);
    }

    public boolean appliesTo(String space) {
        return spaces.contains(ANY_SPACE) || spaces.contains(space);
    }

    public CasePrivilege privilege(Owner owner) {
        return cases.getOrDefault(owner, CasePrivilege.NONE);
    }

    public Level level(Feature feature) {
        return features.getOrDefault(feature, Level.NONE);
    }
}
