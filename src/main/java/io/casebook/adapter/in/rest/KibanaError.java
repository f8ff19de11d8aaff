package io.casebook.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Kibana's (Boom's) error body: {@code {statusCode, error, message}}. */
@JsonPropertyOrder({"statusCode", "error", "message"})
public record KibanaError(int statusCode, String error, String message) {

    public static KibanaError of(int status, String message) {
        return new KibanaError(status, phrase(status), message);
    }

    static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Request Entity Too Large";
            case 415 -> "Unsupported Media Type";
            case 424 -> "Failed Dependency";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }
}
