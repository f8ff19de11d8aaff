package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.casebook.adapter.in.rules.yaml.RulesFileYaml;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A first pass over rules.yaml that refuses unknown keys at their own line. Jackson reports an unknown key of
 * a record only after reading the whole mapping (it buffers them for the constructor), at the line after it;
 * here every key is checked against the record's properties (as Jackson names them) where it stands.
 */
final class KnownKeys {

    private static final String YAML_PACKAGE = RulesFileYaml.class.getPackageName();

    private final ObjectMapper mapper;

    KnownKeys(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Checks the document; false when it holds nothing at all (empty, or only comments). */
    boolean check(String text) throws IOException {
        try (JsonParser p = mapper.createParser(text)) {
            if (p.nextToken() == null) {
                return false;
            }
            value(p, mapper.constructType(RulesFileYaml.class), new ArrayDeque<>());
            while (p.nextToken() != null) {
                // Reads to the end so that a syntax error anywhere is reported by this pass.
            }
            return true;
        }
    }

    private void value(JsonParser p, JavaType type, Deque<JsonMappingException.Reference> path) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            Map<String, JavaType> known = isRuleRecord(type) ? properties(type) : null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JavaType keyType = known == null ? contentOf(type) : known.get(key);
                if (keyType == null) {
                    throw unknown(p, key, known, path);
                }
                p.nextToken();
                path.addLast(new JsonMappingException.Reference(null, key));
                value(p, keyType, path);
                path.removeLast();
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                path.addLast(new JsonMappingException.Reference(null, index++));
                value(p, contentOf(type), path);
                path.removeLast();
            }
        }
    }

    private static boolean isRuleRecord(JavaType type) {
        return type.getRawClass().isRecord() && type.getRawClass().getPackageName().equals(YAML_PACKAGE);
    }

    /** What a map's values or a list's items are; Object (anything goes) for a value of unknown shape. */
    private JavaType contentOf(JavaType type) {
        JavaType content = type.isContainerType() ? type.getContentType() : null;
        return content != null ? content : mapper.constructType(Object.class);
    }

    private Map<String, JavaType> properties(JavaType type) {
        Map<String, JavaType> out = new TreeMap<>();
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(type).findProperties()) {
            out.put(property.getName(), property.getPrimaryType());
        }
        return out;
    }

    private static JsonMappingException unknown(JsonParser p, String key, Map<String, JavaType> known,
                                                Deque<JsonMappingException.Reference> path) {
        JsonMappingException e = new JsonMappingException(p, "unknown key \"" + key + "\" (expected one of: "
                + String.join(", ", known.keySet()) + ")", p.currentTokenLocation());
        for (Iterator<JsonMappingException.Reference> it = path.descendingIterator(); it.hasNext(); ) {
            e.prependPath(it.next());
        }
        return e;
    }
}
