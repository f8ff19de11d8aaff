package io.casebook.connector.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A connector's secret values in every form an external system could echo back: as given, percent-encoded (a
 * form body), JSON-escaped, and as HTTP Basic credentials ({@code base64(a:b)} for each pair of secret values,
 * e.g. Jira's email and token). {@link #redact} replaces each with {@code [redacted]}.
 */
public final class SecretValues {

    public static final String REDACTED = "[redacted]";

    /** Shorter values would match ordinary words and numbers; no real token or password is this short. */
    private static final int MIN_LENGTH = 4;

    private final List<String> forms;

    private SecretValues(List<String> forms) {
        this.forms = forms;
    }

    public static SecretValues of(Map<String, Object> secrets) {
        List<String> plain = new ArrayList<>();
        secrets.values().forEach(value -> {
            // Secret headers are a map whose every value is as secret as a password.
            if (value instanceof Map<?, ?> map) {
                map.values().forEach(v -> add(plain, v));
            } else {
                add(plain, value);
            }
        });
        Set<String> forms = new LinkedHashSet<>();
        for (String value : plain) {
            forms.add(value);
            forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            forms.add(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"));
            for (String other : plain) {
                forms.add(Base64.getEncoder().encodeToString((other + ":" + value).getBytes(StandardCharsets.UTF_8)));
            }
        }
        // Longest first, so a form containing another is replaced whole.
        return new SecretValues(forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /** The text with every secret form replaced; null stays null. */
    public String redact(String text) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, REDACTED);
        }
        return out;
    }

    private static void add(List<String> values, Object value) {
        if (value instanceof String text && text.length() >= MIN_LENGTH) {
            values.add(text);
        }
    }
}
