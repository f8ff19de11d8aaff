package io.casebook.domain;

/** A request the case engine refuses, with the reason the API turns into a status code and Kibana's message. */
public class CasesException extends RuntimeException {

    /** Why the request was refused; the REST adapter maps each to an HTTP status. */
    public enum Reason { INVALID, FORBIDDEN, NOT_FOUND, NOTHING_CHANGED, CONFLICT, DEPENDENCY_FAILED }

    private final Reason reason;

    public CasesException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static CasesException invalid(String message) {
        return new CasesException(Reason.INVALID, message);
    }

    public static CasesException notFound(String message) {
        return new CasesException(Reason.NOT_FOUND, message);
    }

    public static CasesException conflict(String message) {
        return new CasesException(Reason.CONFLICT, message);
    }

    public static CasesException forbidden(String message) {
        return new CasesException(Reason.FORBIDDEN, message);
    }
}
