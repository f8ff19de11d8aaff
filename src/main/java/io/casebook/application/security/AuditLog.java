package io.casebook.application.security;

/** Where security events go (a JSON-lines file beside the data); writing one must never fail the request. */
public interface AuditLog {
    void record(AuditEvent event);
}
