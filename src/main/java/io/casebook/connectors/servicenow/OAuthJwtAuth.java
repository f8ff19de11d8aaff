package io.casebook.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.JsonHttp;
import io.casebook.connector.spi.PushFailedException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ServiceNow OAuth with the JWT bearer grant, as Kibana's {@code get_oauth_jwt_access_token.ts} does it: a
 * signed {@link JwtAssertion} is exchanged at {@code POST {apiUrl}/oauth_token.do} for an access token, which is
 * then sent as {@code Bearer}. Tokens are reused across pushes through {@link AccessTokenCache}.
 */
final class OAuthJwtAuth implements ServiceNowAuth {

    /** RFC 7523 §2.1. */
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String BEARER = "Bearer ";
    /** A token is dropped this long before ServiceNow expires it, so no call leaves with a token about to die. */
    private static final Duration EARLY = Duration.ofSeconds(60);
    /** expires_in is only RECOMMENDED (RFC 6749 §5.1); without it a token is trusted this long. */
    private static final Duration UNSTATED_LIFETIME = Duration.ofMinutes(5);

    /** The connector's OAuth settings: config {@code clientId}, {@code userIdentifierValue}, {@code jwtKeyId}. */
    record Settings(String apiUrl, String clientId, String userIdentifierValue, String jwtKeyId,
                    String clientSecret, String privateKey, String privateKeyPassword) {
    }

    private final ExternalHttp http;
    private final Settings settings;
    private final Clock clock;
    private final String cacheKey;
    /** Authorizations this pusher fetched itself: a 401 to one of them is not a stale cache entry. */
    private final Set<String> fetched = new HashSet<>();

    OAuthJwtAuth(ExternalHttp http, Settings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.cacheKey = cacheKey(settings);
    }

    @Override
    public String authorization() {
        Instant now = clock.instant();
        return AccessTokenCache.get(cacheKey, now).map(BEARER::concat).orElseGet(() -> fetch(now));
    }

    @Override
    public boolean renewAfterUnauthorized(String used) {
        if (fetched.contains(used)) {
            return false;
        }
        AccessTokenCache.evict(cacheKey, used.substring(BEARER.length()));
        return true;
    }

    private String fetch(Instant now) {
        String assertion = JwtAssertion.sign(PemPrivateKey.read(settings.privateKey(), settings.privateKeyPassword()),
                settings.jwtKeyId(), settings.clientId(), settings.userIdentifierValue(), now);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GRANT_TYPE);
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.put("assertion", assertion);
        ExternalHttp.Reply reply = http.send("POST", JsonHttp.baseUrl(settings.apiUrl()) + "/oauth_token.do",
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8", "Accept", "application/json"),
                formBody(form));
        JsonNode body = JsonHttp.parse(reply.body());
        String token = body.path("access_token").asText("");
        if (!reply.ok() || token.isBlank()) {
            throw failure(reply.status(), body);
        }
        long expiresIn = body.path("expires_in").asLong(0);
        Duration lifetime = expiresIn > 0 ? Duration.ofSeconds(expiresIn) : UNSTATED_LIFETIME;
        Duration early = lifetime.dividedBy(2).compareTo(EARLY) < 0 ? lifetime.dividedBy(2) : EARLY;
        AccessTokenCache.put(cacheKey, new AccessTokenCache.Token(token, now.plus(lifetime).minus(early)));
        fetched.add(BEARER + token);
        return BEARER + token;
    }

    /** ServiceNow's token endpoint answers {@code {error, error_description}} (RFC 6749 §5.2). */
    private static PushFailedException failure(int status, JsonNode body) {
        String error = body.path("error").asText("");
        String description = body.path("error_description").asText("");
        String reason = error.isBlank() && description.isBlank() ? "no access_token in the reply"
                : description.isBlank() ? error : error.isBlank() ? description : error + ": " + description;
        return new PushFailedException("[Action][ServiceNow]: Unable to get an OAuth access token. Error: " + reason
                + " (status " + status + ")");
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Everything the token depends on, digested: a changed secret, user or instance is a different entry. */
    static String cacheKey(Settings s) {
        String joined = String.join("\u0000", s.apiUrl(), s.clientId(), s.userIdentifierValue(), s.jwtKeyId(),
                s.clientSecret(), s.privateKey(), String.valueOf(s.privateKeyPassword()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
