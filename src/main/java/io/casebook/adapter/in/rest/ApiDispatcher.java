package io.casebook.adapter.in.rest;

import io.casebook.application.RequestContext;
import io.casebook.domain.security.Access;
import io.casebook.domain.security.Identity;
import io.casebook.domain.security.RoleBook;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves every {@code /api}, {@code /internal} and {@code /s/{space}/...} request: resolves the space,
 * finds the operation in {@link ApiRoutes}, enforces {@code kbn-xsrf}, authenticates, turns the caller's roles
 * into their access (a space they have no role for is 404, a feature level they lack 403: {@link RouteAccess})
 * and writes the answer.
 */
public final class ApiDispatcher implements Processor {

    private static final Pattern SPACE_PREFIX = Pattern.compile("^/s/([^/]+)(/.*)$");
    private static final Pattern SPACE_ID = Pattern.compile("^[a-z0-9_\\-]+$");

    private final ApiRoutes routes;
    private final Authenticator authenticator;
    private final RoleBook roles;
    private final ResponseWriter writer;

    public ApiDispatcher(ApiRoutes routes, Authenticator authenticator, RoleBook roles, ResponseWriter writer) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.roles = roles;
        this.writer = writer;
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
        String rawPath = in.getHeader(Exchange.HTTP_PATH, String.class);
        String space = RequestContext.DEFAULT_SPACE;
        String path = rawPath;
        Matcher prefixed = SPACE_PREFIX.matcher(rawPath);
        if (prefixed.matches()) {
            space = prefixed.group(1);
            path = prefixed.group(2);
            if (!SPACE_ID.matcher(space).matches()) {
                throw new ApiException(404, "Not Found");
            }
        }
        ApiRoutes.Match match = routes.match(method, path).orElseThrow(() -> new ApiException(404, "Not Found"));
        if (match.route().mutating() && in.getHeader("kbn-xsrf") == null) {
            throw ApiException.badRequest("Request must contain a kbn-xsrf header.");
        }
        String body = in.getBody(String.class);
        requireJson(in, body);
        Identity identity = authenticator.authenticate(in);
        Access access = roles.access(identity.roles());
        match.route().access().check(space, access);
        RequestContext context = new RequestContext(space, identity.user(), access);
        ApiRequest request = new ApiRequest(method, path, match.params(), query(in), body, context);
        writer.write(exchange, match.route().handler().handle(request));
    }

    /** Bodies are JSON: another declared media type is refused (415), as Kibana's HTTP server does. */
    private static void requireJson(Message in, String body) {
        String type = in.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (body != null && !body.isEmpty() && type != null && !type.toLowerCase().contains("json")) {
            throw new ApiException(415, "Unsupported Media Type");
        }
    }

    private static Map<String, List<String>> query(Message in) {
        String raw = in.getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return new QueryStringDecoder(raw, false).parameters();
    }
}
