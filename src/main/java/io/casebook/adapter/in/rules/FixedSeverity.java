package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.casebook.adapter.in.rules.yaml.SeverityYaml;
import io.casebook.domain.Severity;

import java.io.IOException;

/**
 * Lets {@code severity:} be a level ({@code severity: high}) as well as a mapping. Jackson would send both
 * shapes to a delegating creator; this reads a scalar as the level and leaves a mapping to the record.
 */
final class FixedSeverity extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return description.getBeanClass() == SeverityYaml.class ? new ScalarOrMapping(deserializer) : deserializer;
    }

    /** A scalar is a fixed level; anything else goes to the record's own deserializer. */
    private static final class ScalarOrMapping extends DelegatingDeserializer {

        ScalarOrMapping(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ScalarOrMapping(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isScalarValue()) {
                return SeverityYaml.fixed(ctxt.readValue(p, Severity.class));
            }
            return super.deserialize(p, ctxt);
        }
    }
}
