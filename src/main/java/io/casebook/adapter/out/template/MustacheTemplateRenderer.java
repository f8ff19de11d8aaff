package io.casebook.adapter.out.template;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.connector.spi.PlainMustache;
import io.casebook.domain.alert.Alert;

import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Case templates in {@link PlainMustache} over {@link TemplateScope} (case titles and tags are plain text, so
 * nothing is HTML-escaped; {@code {{title.class}}} is empty). Compiled templates are cached by their text.
 */
public final class MustacheTemplateRenderer implements TemplateRenderer {

    /** Rules hold a few dozen templates; the bound only keeps edits over months from growing the cache. */
    private static final int CACHE_SIZE = 1_000;

    private final Map<String, Mustache> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Mustache> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    @Override
    public String render(String template, Alert alert) {
        StringWriter out = new StringWriter();
        compiled(template).execute(out, TemplateScope.of(alert));
        return out.toString();
    }

    @Override
    public void check(String template) {
        compiled(template);
    }

    private Mustache compiled(String template) {
        Mustache cached = cache.get(template);
        if (cached != null) {
            return cached;
        }
        Mustache mustache = compile(template);
        cache.put(template, mustache);
        return mustache;
    }

    private Mustache compile(String template) {
        try {
            return PlainMustache.compile(template);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template \"" + template + "\" does not compile: " + reason(e), e);
        }
    }

    private static String reason(MustacheException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("not found") ? "partials ({{> name}}) are not supported" : message;
    }
}
