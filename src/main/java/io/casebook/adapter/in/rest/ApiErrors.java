package io.casebook.adapter.in.rest;

import io.casebook.adapter.in.rest.auth.TooManyRequestsException;
import io.casebook.adapter.in.rest.auth.UnauthorizedException;
import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.domain.CasesException;
import io.casebook.domain.alert.InvalidAlertException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any exception raised while serving the API into Kibana's error response (the routes' onException). */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final ResponseWriter writer;

    public ApiErrors(ResponseWriter writer) {
        this.writer = writer;
    }

    public void handle(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        KibanaError body = toKibana(error);
        if (body.statusCode() >= 500) {
            LOG.error("Unhandled error serving {} {}", exchange.getIn().getHeader(Exchange.HTTP_METHOD),
                    exchange.getIn().getHeader(Exchange.HTTP_PATH), error);
        }
        writer.write(exchange, new ApiResponse(body.statusCode(), body));
        if (error instanceof UnauthorizedException) {
            exchange.getMessage().setHeader("WWW-Authenticate", UnauthorizedException.CHALLENGES);
        }
        if (error instanceof TooManyRequestsException tooMany) {
            exchange.getMessage().setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
    }

    static KibanaError toKibana(Throwable error) {
        if (error instanceof CasesException e) {
            return KibanaError.of(status(e.reason()), e.getMessage());
        }
        if (error instanceof InvalidAlertException e) {
            return KibanaError.of(400, e.getMessage());
        }
        if (error instanceof ConnectorConfigException e) {
            return KibanaError.of(400, e.getMessage());
        }
        if (error instanceof ApiException e) {
            return KibanaError.of(e.status(), e.getMessage());
        }
        if (error instanceof ApiRoutes.MethodNotAllowedException) {
            return KibanaError.of(405, "Method Not Allowed");
        }
        return KibanaError.of(500, "An internal server error occurred.");
    }

    static int status(CasesException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOTHING_CHANGED -> 406;
            case CONFLICT -> 409;
            case DEPENDENCY_FAILED -> 424;
        };
    }
}
