package io.casebook.support;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Writes an ingest.yaml for a test engine, and posts alerts as senders do (with the headers a test gives). */
public final class IngestYaml {

    private IngestYaml() {
    }

    public static Path write(String text) {
        return TempYaml.write("ingest", text);
    }

    /** What an operator puts in token_sha256: {@code printf %s "$TOKEN" | sha256sum}. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs {@code body} to the engine with {@code authorization} (null = none) and no other credentials. */
    public static HttpResponse<String> post(TestEngine engine, String path, String authorization, String body) {
        return RawRequests.send(engine, "POST", path, authorization, body, Map.of());
    }
}
