package io.casebook.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.UUID;

/** Paths and query strings for API tests that isolate their data in their own Kibana space. */
public final class Spaces {

    private Spaces() {
    }

    /** A space id no other test uses (Kibana space ids: lower-case letters, digits, '-' and '_'). */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code path} in {@code space}; the default space has no prefix. */
    public static String path(String space, String path) {
        return "default".equals(space) ? path : "/s/" + space + path;
    }

    /** {@code ?k1=v1&k2=v2...} from alternating names and values, URL-encoded. */
    public static String query(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        StringJoiner out = new StringJoiner("&", "?", "");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
