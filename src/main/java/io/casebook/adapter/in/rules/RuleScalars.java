package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.casebook.adapter.in.rules.yaml.FieldPath;
import io.casebook.adapter.in.rules.yaml.RuleId;
import io.casebook.adapter.in.rules.yaml.SpaceId;
import io.casebook.adapter.in.rules.yaml.TemplateText;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.CustomFieldType;
import io.casebook.domain.Owner;
import io.casebook.domain.Severity;
import io.casebook.domain.rules.TimeWindow;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the scalar values of rules.yaml (windows, owners, severities, regexes, field paths, ids, templates)
 * and checks each where it stands, so a bad value is reported at its own line. Rule ids are also checked
 * for uniqueness against the set under {@link #SEEN_IDS} (one per load).
 */
final class RuleScalars extends SimpleModule {

    static final String SEEN_IDS = "casebook.rules.seen-ids";

    RuleScalars(TemplateRenderer renderer) {
        super("casebook-rule-scalars");
        scalar(TimeWindow.class, TimeWindow::parse);
        scalar(Owner.class, text -> Owner.fromWire(text).orElseThrow(() -> new IllegalArgumentException(
                "\"" + text + "\" is not an owner: use cases, observability or securitySolution")));
        scalar(Severity.class, RuleScalars::severity);
        scalar(CustomFieldType.class, text -> CustomFieldType.fromWire(text).orElseThrow(() ->
                new IllegalArgumentException("\"" + text + "\" is not a custom field type: use text, toggle or "
                        + "number")));
        scalar(Pattern.class, RuleScalars::regex);
        scalar(FieldPath.class, FieldPath::new);
        scalar(SpaceId.class, SpaceId::new);
        scalar(TemplateText.class, text -> {
            renderer.check(text);
            return new TemplateText(text);
        });
        addDeserializer(RuleId.class, new UniqueRuleIds());
        addKeyDeserializer(Severity.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return severity(key);
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(ctxt.getParser(), e.getMessage());
                }
            }
        });
    }

    private <T> void scalar(Class<T> type, Function<String, T> parse) {
        addDeserializer(type, new Scalar<>(type, parse));
    }

    static Severity severity(String text) {
        return Arrays.stream(Severity.values()).filter(s -> s.wire().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not a severity: use low, "
                        + "medium, high or critical"));
    }

    private static Pattern regex(String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("regex \"" + text + "\" does not compile: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
    }

    /** A value written as YAML text (or a number, read as its text), parsed and checked by {@code parse}. */
    private static class Scalar<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;

        Scalar(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                throw JsonMappingException.from(p, "expected text, not " + (p.isExpectedStartArrayToken()
                        ? "a list" : "a mapping"));
            }
            try {
                return parse.apply(p.getText());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** Rule ids: well-formed, and not used by an earlier rule of the same file. */
    private static final class UniqueRuleIds extends Scalar<RuleId> {
        UniqueRuleIds() {
            super(RuleId.class, RuleId::new);
        }

        @Override
        @SuppressWarnings("unchecked")
        public RuleId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            RuleId id = super.deserialize(p, ctxt);
            Set<String> seen = (Set<String>) ctxt.getAttribute(SEEN_IDS);
            if (seen != null && !seen.add(id.value())) {
                throw JsonMappingException.from(p, "rule id \"" + id.value() + "\" is already used by an earlier "
                        + "rule (ids must be unique)");
            }
            return id;
        }
    }
}
