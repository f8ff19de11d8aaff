package io.casebook.adapter.in.rest;

import io.casebook.application.RequestContext;
import io.casebook.application.security.AuditEvent;
import io.casebook.application.security.AuditLog;
import io.casebook.application.security.Principal;
import io.casebook.domain.CasesException;
import io.casebook.domain.security.Access;
import io.casebook.domain.security.RoleBook;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves every {@code /api}, {@code /internal}, {@code /_security} and {@code /s/{space}/...} request: resolves
 * the space, finds the operation in {@link ApiRoutes}, authenticates the caller as the route requires (401),
 * turns the caller's roles into their access (a space they have no role for is 404, a feature level they lack
 * 403: {@link RouteAccess}), enforces {@code kbn-xsrf} and writes the answer. While it serves, the diagnostic
 * context holds {@code mdc} (the audit log's data dir), so audit lines written on the way land in this
 * engine's file.
 */
public final class ApiDispatcher implements Processor {

    private static final Pattern SPACE_PREFIX = Pattern.compile("^/s/([^/]+)(/.*)$");
    private static final Pattern SPACE_ID = Pattern.compile("^[a-z0-9_\\-]+$");

    private final ApiRoutes routes;
    private final Authenticators authenticators;
    private final RoleBook roles;
    private final AuditLog audit;
    private final ResponseWriter writer;
    private final Map<String, String> mdc;

    public ApiDispatcher(ApiRoutes routes, Authenticators authenticators, RoleBook roles, AuditLog audit,
                         ResponseWriter writer, Map<String, String> mdc) {
        this.routes = routes;
        this.authenticators = authenticators;
        this.roles = roles;
        this.audit = audit;
        this.writer = writer;
        this.mdc = Map.copyOf(mdc);
    }

    @Override
    public void process(Exchange exchange) {
        mdc.forEach(MDC::put);
        try {
            serve(exchange);
        } finally {
            mdc.keySet().forEach(MDC::remove);
        }
    }

    private void serve(Exchange exchange) {
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
        // As in Kibana: who you are is settled first (401), then the request's form (kbn-xsrf, media type).
        Principal caller = authenticators.forRoute(match.route().authentication()).authenticate(in);
        Access access = roles.access(caller.roles());
        try {
            match.route().access().check(space, access);
        } catch (ApiException denied) {
            auditDenied(denied.status(), denied.getMessage(), caller, method, rawPath, in);
            throw denied;
        }
        if (match.route().mutating() && in.getHeader("kbn-xsrf") == null) {
            throw ApiException.badRequest("Request must contain a kbn-xsrf header.");
        }
        String body = in.getBody(String.class);
        requireJson(in, body);
        RequestContext context = new RequestContext(space, caller, ClientAddress.of(in), access);
        ApiRequest request = new ApiRequest(method, path, match.params(), query(in), body, context);
        try {
            writer.write(exchange, match.route().handler().handle(request));
        } catch (CasesException e) {
            if (e.reason() == CasesException.Reason.FORBIDDEN) {
                auditDenied(403, e.getMessage(), caller, method, rawPath, in);
            }
            throw e;
        }
    }

    /** A privilege denied (403) goes to the audit log; a space hidden from the caller (404) too. */
    private void auditDenied(int status, String message, Principal caller, String method, String path, Message in) {
        if (status == 403 || status == 404) {
            audit.record(AuditEvent.failure(AuditEvent.ACCESS_DENIED, caller.user().username(), ClientAddress.of(in),
                    Map.of("request", method + " " + path, "status", status, "reason", String.valueOf(message))));
        }
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
