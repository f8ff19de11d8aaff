package io.casebook.adapter.in.rest;

/** A group of API operations (cases, comments, configure, ...) that registers its own paths. */
public interface ApiModule {
    void register(ApiRoutes routes);
}
