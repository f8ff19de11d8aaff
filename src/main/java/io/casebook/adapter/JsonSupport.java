package io.casebook.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one ObjectMapper configuration shared by the API and the JSON columns of the store. */
public final class JsonSupport {

    private JsonSupport() {
    }

    /** With the default {@link JsonLimits}. */
    public static ObjectMapper newMapper() {
        return newMapper(JsonLimits.DEFAULTS);
    }

    /** Every document this mapper reads is held to {@code limits}. */
    public static ObjectMapper newMapper(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits.constraints()).build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
