package io.casebook.connector.spi;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.reflect.ReflectionObjectHandler;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.AccessibleObject;

/**
 * mustache.java set up the way Casebook renders user templates: a missing variable is empty, nothing is
 * HTML-escaped, partials are refused (they would read files) and only map keys resolve, never a member of a
 * Java object. Part of the SPI so connector types (the webhook's templates) render with it without reaching
 * into the engine; the engine's case templates use it too, so both behave alike.
 */
public final class PlainMustache {

    private static final DefaultMustacheFactory FACTORY = new PlainTextFactory();

    static {
        FACTORY.setObjectHandler(new MapsOnlyObjectHandler());
    }

    private PlainMustache() {
    }

    /** Compiles a template; throws mustache.java's MustacheException when it does not compile. */
    public static Mustache compile(String template) {
        return FACTORY.compile(new StringReader(template), "template");
    }

    /** Compiles and renders a template over {@code scope} (nested maps). */
    public static String render(String template, Object scope) {
        StringWriter out = new StringWriter();
        compile(template).execute(out, scope);
        return out.toString();
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
