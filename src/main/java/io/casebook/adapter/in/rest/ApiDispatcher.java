package io.casebook.adapter.in.rest;

import io.casebook.application.RequestContext;
import io.casebook.application.security.Principal;
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
 * the space, finds the operation in {@link ApiRoutes}, authenticates the caller as the route's access kind
 * requires, enforces {@code kbn-xsrf} and writes the answer. While it serves, the diagnostic context holds
 * {@code mdc} (the audit log's data dir), so audit lines written on the way land in this engine's file.
 */
public final class ApiDispatcher implements Processor {

    private static final Pattern SPACE_PREFIX = Pattern.compile("^/s/([^/]+)(/.*)$");
    private static final Pattern SPACE_ID = Pattern.compile("^[a-z0-9_\\-]+$");

    private final ApiRoutes routes;
    private final Authenticators authenticators;
    private final ResponseWriter writer;
    private final Map<String, String> mdc;

    public ApiDispatcher(ApiRoutes routes, Authenticators authenticators, ResponseWriter writer,
                         Map<String, String> mdc) {
        this.routes = routes;
        this.authenticators = authenticators;
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
        Principal caller = authenticators.forAccess(match.route().access()).authenticate(in);
        if (match.route().mutating() && in.getHeader("kbn-xsrf") == null) {
            throw ApiException.badRequest("Request must contain a kbn-xsrf header.");
        }
        String body = in.getBody(String.class);
        requireJson(in, body);
        RequestContext context = new RequestContext(space, caller, ClientAddress.of(in));
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
