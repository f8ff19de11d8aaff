package io.casebook.application.port;

import io.casebook.domain.alert.Alert;

/**
 * Renders a rule's case template text over an alert ({@code {{title}}}, {@code {{labels.cluster}}},
 * {@code {{fields.host.name}}}, ...). A missing value renders as empty, never as an error.
 */
public interface TemplateRenderer {

    String render(String template, Alert alert);

    /** Throws IllegalArgumentException with the reason when {@code template} does not compile. */
    void check(String template);
}
