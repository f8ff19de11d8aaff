package io.casebook.adapter.in.rest;

/** Handles one API operation. */
@FunctionalInterface
public interface ApiHandler {
    ApiResponse handle(ApiRequest request);
}
