package io.casebook.adapter.in.rest;

import io.casebook.domain.security.Access;
import io.casebook.domain.security.Feature;
import io.casebook.domain.security.Level;

/**
 * What a route asks of the caller before its handler runs, declared with the route in {@link ApiRoutes}. Every
 * space-scoped route needs a role in the space (or the space does not exist for the caller: 404, as Kibana's
 * spaces do); connectors, alerts and rules routes also need a level on their feature (403). Cases routes need
 * nothing more here: their owner is only known once the case is loaded, so the use cases check it.
 *
 * @param spaceScoped whether the route lives in a space (all but {@code /api/status})
 * @param feature     the feature whose level is needed, or null
 * @param level       the level needed on it
 * @param refusal     the 403 message when the level is missing
 */
public record RouteAccess(boolean spaceScoped, Feature feature, Level level, String refusal) {

    /** Open to anyone: the readiness probe, like Kibana's {@code status.allowAnonymous}. */
    public static final RouteAccess PUBLIC = new RouteAccess(false, null, Level.NONE, null);

    /**
     * Any authenticated caller, whatever spaces their roles name: Elasticsearch's own APIs (API keys, each the
     * caller's own) live in no Kibana space.
     */
    public static final RouteAccess NO_SPACE = new RouteAccess(false, null, Level.NONE, null);

    /** The default: any caller with a role in the space; the use case decides the rest. */
    public static final RouteAccess SPACE = new RouteAccess(true, null, Level.NONE, null);

    /**
     * Kibana's Actions and Connectors privilege; the refusal in the words of Kibana's actions authorization
     * ({@code Unauthorized to <operation> actions}).
     */
    public static RouteAccess connectors(Level level, String operation) {
        return new RouteAccess(true, Feature.CONNECTORS, level, "Unauthorized to " + operation + " actions");
    }

    /** Casebook's alert intake: read for finding alerts and dead letters, all for ingesting and replaying. */
    public static RouteAccess alerts(Level level, String operation) {
        return new RouteAccess(true, Feature.ALERTS, level, "Unauthorized to " + operation + " alerts");
    }

    /** Casebook's rules: read for listing them and the dry run. */
    public static RouteAccess rules(Level level, String operation) {
        return new RouteAccess(true, Feature.RULES, level, "Unauthorized to " + operation + " rules");
    }

    /** Throws 404 for a space the caller cannot see and 403 for a missing feature level. */
    public void check(String space, Access access) {
        if (!spaceScoped) {
            return;
        }
        if (!access.visible(space)) {
            throw new ApiException(404, "Not Found");
        }
        if (feature != null && !access.level(space, feature).covers(level)) {
            throw new ApiException(403, refusal);
        }
    }
}
