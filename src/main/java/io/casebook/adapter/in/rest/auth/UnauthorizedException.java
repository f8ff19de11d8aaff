package io.casebook.adapter.in.rest.auth;

import io.casebook.adapter.in.rest.ApiException;

import java.util.List;

/**
 * 401 with the challenges a client may answer, as Elasticsearch sends them ({@code WWW-Authenticate: Basic
 * realm="security", charset="UTF-8"} and {@code ApiKey}). The message never says why: the audit log does.
 */
public final class UnauthorizedException extends ApiException {

    public static final List<String> CHALLENGES = List.of("Basic realm=\"security\", charset=\"UTF-8\"", "ApiKey");

    public UnauthorizedException(String message) {
        super(401, message);
    }
}
