package io.casebook.domain.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do with the cases of one owner. The first four come with the base privilege ({@code read}:
 * read; {@code all}: all four); the others are Kibana's independent sub-features, which {@code all} includes
 * unless the role lists the ones it grants.
 */
public enum CaseOperation {
    READ(null), CREATE(null), UPDATE(null), PUSH(null),
    /** Delete cases and comments. */
    DELETE("delete"),
    /** Write the case settings (configure POST/PATCH). */
    SETTINGS("settings"),
    /** Add comments and attachments, alerts included. */
    CREATE_COMMENT("create_comment"),
    /** Move a closed case back to open or in-progress. */
    REOPEN("reopen"),
    /** Change a case's assignees. */
    ASSIGN("assign");

    private final String subFeature;

    CaseOperation(String subFeature) {
        this.subFeature = subFeature;
    }

    public boolean isSubFeature() {
        return subFeature != null;
    }

    /** The name a role file uses in {@code sub_privileges}; empty for a base operation. */
    public Optional<String> subFeatureName() {
        return Optional.ofNullable(subFeature);
    }

    /** The operations a base level grants by itself. */
    public static Set<CaseOperation> base(Level level) {
        return switch (level) {
            case NONE -> EnumSet.noneOf(CaseOperation.class);
            case READ -> EnumSet.of(READ);
            case ALL -> EnumSet.of(READ, CREATE, UPDATE, PUSH);
        };
    }

    /** Every sub-feature: what {@code all} includes when the role does not narrow it. */
    public static Set<CaseOperation> subFeatures() {
        return EnumSet.of(DELETE, SETTINGS, CREATE_COMMENT, REOPEN, ASSIGN);
    }

    public static Optional<CaseOperation> fromSubFeatureName(String name) {
        return Arrays.stream(values()).filter(o -> name.equals(o.subFeature)).findFirst();
    }
}
