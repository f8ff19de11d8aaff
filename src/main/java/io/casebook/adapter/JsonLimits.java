package io.casebook.adapter;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.casebook.config.Settings;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser limits on every JSON document the engine reads (API bodies, each ingest format, JMS messages,
 * its own JSON columns): Jackson's {@link StreamReadConstraints}, set from {@code casebook.json.*}. They bound
 * what one hostile document can cost (stack depth, memory, quadratic number parsing) before any of it is used.
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {

    /**
     * Deep enough for any real alert (Elasticsearch refuses documents nested over 20 objects by default),
     * shallow enough that walking a tree recursively cannot exhaust a thread's stack.
     */
    public static final int DEFAULT_NESTING_DEPTH = 100;
    /** PagerDuty's cap on a whole event (512 KiB): no single value of a real alert is larger. */
    public static final int DEFAULT_STRING_LENGTH = 512 * 1024;
    /** Far above any real number (a 128-bit id has 39 digits), far below where BigDecimal parsing gets slow. */
    public static final int DEFAULT_NUMBER_LENGTH = 100;
    /** The HTTP server's own body limit (casebook.http.max-body-bytes): no JSON the engine reads is larger. */
    public static final long DEFAULT_DOCUMENT_LENGTH = 10L * 1024 * 1024;

    public static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_NESTING_DEPTH, DEFAULT_STRING_LENGTH,
            DEFAULT_NUMBER_LENGTH, DEFAULT_DOCUMENT_LENGTH);

    /** Jackson's getter named in its message, to the key an operator would change. */
    private static final Map<String, String> KEYS = Map.of(
            "getMaxNestingDepth", "casebook.json.max-nesting-depth",
            "getMaxStringLength", "casebook.json.max-string-length",
            "getMaxNumberLength", "casebook.json.max-number-length",
            "getMaxDocumentLength", "casebook.json.max-document-length");
    private static final Pattern FROM = Pattern.compile(", from `StreamReadConstraints\\.(\\w+)\\(\\)`\\)");

    public JsonLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxDocumentLength < 1) {
            throw new IllegalStateException("casebook.json.* limits must be positive");
        }
    }

    public static JsonLimits from(Settings settings) {
        return new JsonLimits(settings.getInt("casebook.json.max-nesting-depth", DEFAULT_NESTING_DEPTH),
                settings.getInt("casebook.json.max-string-length", DEFAULT_STRING_LENGTH),
                settings.getInt("casebook.json.max-number-length", DEFAULT_NUMBER_LENGTH),
                settings.getInt("casebook.json.max-document-length", (int) DEFAULT_DOCUMENT_LENGTH));
    }

    StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength).maxDocumentLength(maxDocumentLength).build();
    }

    /**
     * The limit a document broke, in words an operator can act on: Jackson's sentence with the setting's key
     * ({@code Document nesting depth (101) exceeds the maximum allowed (100, casebook.json.max-nesting-depth)}).
     */
    public static String describe(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        Matcher from = FROM.matcher(message);
        StringBuilder out = new StringBuilder();
        while (from.find()) {
            from.appendReplacement(out, Matcher.quoteReplacement(", " + KEYS.getOrDefault(from.group(1),
                    "casebook.json.*") + ")"));
        }
        from.appendTail(out);
        return out.toString();
    }
}
