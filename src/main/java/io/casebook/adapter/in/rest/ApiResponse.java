package io.casebook.adapter.in.rest;

/** What a handler answers: a status and a body serialised as JSON (none for 204). */
public record ApiResponse(int status, Object body) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}
