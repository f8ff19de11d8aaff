package io.casebook;

import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.application.port.TemplateRenderer;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Function;

/**
 * What tests may replace in the engine they start: the clock (to move time past a rule's window without
 * waiting for it), the template renderer, the environment ({@code ${env:VAR}} in connector files,
 * {@code CASEBOOK_ELASTIC_PASSWORD}; Java cannot set environment variables), the operator's console (where a
 * generated elastic password is shown), and how API users are authenticated (to act as a user with given
 * roles); null keeps the engine's own.
 */
public record EngineOverrides(Clock clock, TemplateRenderer templateRenderer, Function<String, String> environment,
                              PrintStream console, Authenticator authenticator) {
    public static final EngineOverrides NONE = new EngineOverrides(null, null, null, null, null);

    public EngineOverrides(Clock clock, TemplateRenderer templateRenderer) {
        this(clock, templateRenderer, null, null, null);
    }

    public EngineOverrides(Clock clock, TemplateRenderer templateRenderer, Function<String, String> environment) {
        this(clock, templateRenderer, environment, null, null);
    }

    public EngineOverrides(Clock clock, TemplateRenderer templateRenderer, Function<String, String> environment,
                           PrintStream console) {
        this(clock, templateRenderer, environment, console, null);
    }

    public EngineOverrides withAuthenticator(Authenticator replacement) {
        return new EngineOverrides(clock, templateRenderer, environment, console, replacement);
    }
}
