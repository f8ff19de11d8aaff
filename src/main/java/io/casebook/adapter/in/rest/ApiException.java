package io.casebook.adapter.in.rest;

/** An HTTP-level refusal raised by the API adapter itself (missing kbn-xsrf, unknown path, bad JSON). */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
