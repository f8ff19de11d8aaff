package io.casebook.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kibana-style opaque version strings: base64 of {@code [n,1]} (e.g. {@code WzUzMiwxXQ==}). */
public final class VersionTokens {

    private static final Pattern TOKEN = Pattern.compile("^\\[(\\d{1,18}),1]$");

    private VersionTokens() {
    }

    public static String encode(long version) {
        return Base64.getEncoder().encodeToString(("[" + version + ",1]").getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for anything that is not a token we issued; callers treat that as a stale version. */
    public static OptionalLong decode(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        try {
            Matcher m = TOKEN.matcher(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
            return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
