package io.casebook.application.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One security event for the audit log: what happened, to or by whom, from where, how it ended, and details
 * (never a password, a key or a hash). Event names follow Elasticsearch's audit log where one exists.
 */
public record AuditEvent(String event, String user, String sourceAddress, String outcome, Map<String, Object> details) {

    public static final String AUTHENTICATION_FAILED = "authentication_failed";
    public static final String ANONYMOUS_ACCESS_DENIED = "anonymous_access_denied";
    public static final String API_KEY_CREATED = "api_key_created";
    public static final String API_KEY_INVALIDATED = "api_key_invalidated";
    public static final String BOOTSTRAP_PASSWORD_GENERATED = "bootstrap_password_generated";
    public static final String BOOTSTRAP_PASSWORD_REPLACED = "bootstrap_password_replaced";
    /** For the authorization layer: a caller was refused a privilege. */
    public static final String ACCESS_DENIED = "access_denied";
    /** A caller over its request budget (429); written at most once a minute per caller, with the count. */
    public static final String RATE_LIMITED = "rate_limited";

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    public AuditEvent {
        if (event == null || outcome == null) {
            throw new IllegalArgumentException("event and outcome are required");
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                if (v != null) {
                    kept.put(k, v);
                }
            });
        }
        details = Collections.unmodifiableMap(kept);
    }

    public static AuditEvent success(String event, String user, String sourceAddress, Map<String, Object> details) {
        return new AuditEvent(event, user, sourceAddress, SUCCESS, details);
    }

    public static AuditEvent failure(String event, String user, String sourceAddress, Map<String, Object> details) {
        return new AuditEvent(event, user, sourceAddress, FAILURE, details);
    }
}
