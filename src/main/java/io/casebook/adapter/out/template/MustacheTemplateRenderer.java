package io.casebook.adapter.out.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.alert.Alert;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.AccessibleObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Case templates in mustache (mustache.java) over {@link TemplateScope}: a missing variable renders as
 * empty, nothing is HTML-escaped (case titles and tags are plain text), partials are refused (they would
 * read files), and only map keys resolve, never a method or field of a Java object ({@code {{title.class}}}
 * is empty). Compiled templates are cached by their text.
 */
public final class MustacheTemplateRenderer implements TemplateRenderer {

    /** Rules hold a few dozen templates; the bound only keeps edits over months from growing the cache. */
    private static final int CACHE_SIZE = 1_000;

    private final DefaultMustacheFactory factory = new PlainTextFactory();
    private final Map<String, Mustache> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Mustache> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public MustacheTemplateRenderer() {
        factory.setObjectHandler(new MapsOnlyObjectHandler());
    }

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
            return factory.compile(new StringReader(template), "template");
        } catch (MustacheException e) {
            throw new IllegalArgumentException("template \"" + template + "\" does not compile: " + reason(e), e);
        }
    }

    private static String reason(MustacheException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("not found") ? "partials ({{> name}}) are not supported" : message;
    }

    /** No HTML escaping, and no partials: the resolver finds no template by name. */
    private static final class PlainTextFactory extends DefaultMustacheFactory {
        PlainTextFactory() {
            super(name -> null);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Resolves names in maps only: reflection finds no member, so objects expose nothing. */
    private static final class MapsOnlyObjectHandler extends ReflectionObjectHandler {
        @Override
        @SuppressWarnings("rawtypes")
        protected AccessibleObject findMember(Class sClass, String name) {
            return null;
        }
    }
}
