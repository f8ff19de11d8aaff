package io.casebook.domain.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A role's privilege on one owner's Cases feature: a base level plus the sub-features it grants. {@code all}
 * alone means every sub-feature, {@code read} alone none; a listed set replaces that default, as Kibana's
 * "customize sub-feature privileges" does (Kibana documents read with the delete sub-feature, for example).
 */
public record CasePrivilege(Level base, Set<CaseOperation> subFeatures) {

    public static final CasePrivilege NONE = new CasePrivilege(Level.NONE, Set.of());

    public CasePrivilege {
        subFeatures = subFeatures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subFeatures));
        if (subFeatures.stream().anyMatch(op -> !op.isSubFeature())) {
            throw new IllegalArgumentException("only sub-features can be listed, got " + subFeatures);
        }
        if (base == Level.NONE && !subFeatures.isEmpty()) {
            throw new IllegalArgumentException("sub-privileges need a base of read or all");
        }
    }

    /** The base level with its default sub-features: all of them for {@code all}, none otherwise. */
    public static CasePrivilege of(Level base) {
        return new CasePrivilege(base, base == Level.ALL ? CaseOperation.subFeatures() : Set.of());
    }

    public boolean allows(CaseOperation operation) {
        return CaseOperation.base(base).contains(operation) || subFeatures.contains(operation);
    }
}
