package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.util.ClassUtil;
import io.casebook.adapter.in.rules.yaml.RulesFileYaml;

import java.io.IOException;

/**
 * Reports a record constructor's refusal ("a condition needs exactly one of ...") at the line where that
 * mapping starts. Jackson builds a record once it has read all of it, so on its own it would point at the
 * line after the mapping.
 */
final class StartLocations extends BeanDeserializerModifier {

    private static final String YAML_PACKAGE = RulesFileYaml.class.getPackageName();

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return description.getBeanClass().getPackageName().equals(YAML_PACKAGE)
                ? new AtStart(deserializer) : deserializer;
    }

    /** Remembers where the value starts; turns an instantiation problem into an error located there. */
    private static final class AtStart extends DelegatingDeserializer {

        AtStart(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new AtStart(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            try {
                return super.deserialize(p, ctxt);
            } catch (ValueInstantiationException e) {
                Throwable cause = ClassUtil.getRootCause(e);
                throw new JsonMappingException(p, cause.getMessage() != null ? cause.getMessage() : cause.toString(),
                        start);
            }
        }
    }
}
