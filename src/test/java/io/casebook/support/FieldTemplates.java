package io.casebook.support;

import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.rules.AlertFields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in {@link TemplateRenderer} for tests: replaces {@code {{path}}} with the alert's field (as rules
 * name fields), a missing one with nothing. The engine's real renderer is a templating library.
 */
public final class FieldTemplates implements TemplateRenderer {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

    @Override
    public String render(String template, Alert alert) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = AlertFields.resolve(alert, m.group(1)).map(String::valueOf).orElse("");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    @Override
    public void check(String template) {
        // every {{path}} renders, known or not
    }
}
