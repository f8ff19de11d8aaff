package io.casebook.adapter.in.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's path table: method + template ({@code /api/cases/{caseId}}) to handler. Literal segments win
 * over parameters, so {@code /api/cases/_find} never reaches the {@code {caseId}} handler.
 */
public final class ApiRoutes {

    /** How a route's caller is authenticated: as a user, as an alert sender (ingest), or not at all (status). */
    public enum Authentication { USER, INGEST, OPEN }

    /**
     * A registered operation; {@code mutating} ones need Kibana's {@code kbn-xsrf} header, {@code authentication}
     * says who may call it, and {@code access} what the caller needs before the handler runs.
     */
    public record Route(String method, String template, List<String> segments, ApiHandler handler,
                        boolean mutating, Authentication authentication, RouteAccess access) {
    }

    /** A route matched against a path, with the values of its parameters. */
    public record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    public ApiRoutes get(String template, ApiHandler handler) {
        return get(template, RouteAccess.SPACE, handler);
    }

    public ApiRoutes post(String template, ApiHandler handler) {
        return post(template, RouteAccess.SPACE, handler);
    }

    public ApiRoutes put(String template, ApiHandler handler) {
        return put(template, RouteAccess.SPACE, handler);
    }

    public ApiRoutes patch(String template, ApiHandler handler) {
        return patch(template, RouteAccess.SPACE, handler);
    }

    public ApiRoutes delete(String template, ApiHandler handler) {
        return delete(template, RouteAccess.SPACE, handler);
    }

    public ApiRoutes get(String template, RouteAccess access, ApiHandler handler) {
        return add("GET", template, access, handler);
    }

    public ApiRoutes post(String template, RouteAccess access, ApiHandler handler) {
        return add("POST", template, access, handler);
    }

    public ApiRoutes put(String template, RouteAccess access, ApiHandler handler) {
        return add("PUT", template, access, handler);
    }

    public ApiRoutes patch(String template, RouteAccess access, ApiHandler handler) {
        return add("PATCH", template, access, handler);
    }

    public ApiRoutes delete(String template, RouteAccess access, ApiHandler handler) {
        return add("DELETE", template, access, handler);
    }

    /**
     * A POST that senders outside Kibana call (alert webhooks): no {@code kbn-xsrf}, since Alertmanager,
     * Grafana or a PagerDuty client never send it; authenticated as ingest ({@link Authenticators#ingest()}),
     * not as a user.
     */
    public ApiRoutes webhook(String template, RouteAccess access, ApiHandler handler) {
        routes.add(new Route("POST", template, split(template), handler, false, Authentication.INGEST, access));
        return this;
    }

    /** A GET anyone may call without credentials, as Kibana's status route can be. */
    public ApiRoutes openGet(String template, ApiHandler handler) {
        routes.add(new Route("GET", template, split(template), handler, false, Authentication.OPEN,
                RouteAccess.PUBLIC));
        return this;
    }

    private ApiRoutes add(String method, String template, RouteAccess access, ApiHandler handler) {
        boolean mutating = !method.equals("GET") && template.startsWith("/api/");
        routes.add(new Route(method, template, split(template), handler, mutating, Authentication.USER, access));
        return this;
    }

    /** The best route for the path, whatever its method; empty when no template fits the path. */
    public Optional<Match> match(String method, String path) {
        List<String> segments = split(path);
        Match best = null;
        int bestScore = -1;
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            pathKnown = true;
            int score = route.segments().size() - params.size();
            if (route.method().equals(method) && score > bestScore) {
                best = new Match(route, params);
                bestScore = score;
            }
        }
        if (best == null && pathKnown) {
            throw new MethodNotAllowedException();
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), path.get(i));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** The path exists but not with this method. */
    public static final class MethodNotAllowedException extends RuntimeException {
        MethodNotAllowedException() {
            super("Method Not Allowed", null, false, false);
        }
    }
}
