package io.casebook.domain.alert;

import io.casebook.domain.AlertRule;
import io.casebook.domain.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One alert as every source is normalised to: identity ({@code source} + {@code fingerprint}), state, and
 * what a rule or an analyst needs to see. Validated on construction; the raw payload is kept elsewhere.
 */
public record Alert(String source, String fingerprint, AlertStatus status, Severity severity, String title,
                    String description, Map<String, String> labels, Map<String, Object> fields,
                    Instant startsAt, Instant endsAt, List<AlertLink> links, AlertRule rule, String groupKey) {

    public static final int MAX_FINGERPRINT_LENGTH = 255;

    public Alert {
        Objects.requireNonNull(status, "status");
        if (source == null || source.isBlank()) {
            throw new InvalidAlertException("source", "is required");
        }
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new InvalidAlertException("fingerprint", "is required");
        }
        if (fingerprint.length() > MAX_FINGERPRINT_LENGTH) {
            throw new InvalidAlertException("fingerprint", "must be at most " + MAX_FINGERPRINT_LENGTH + " characters");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidAlertException("title", "is required");
        }
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A stable fingerprint from a label set: the same labels in any order give the same value. */
    public static String fingerprintOf(Map<String, String> labels) {
        return sha256(new TreeMap<>(labels).toString()).substring(0, 16);
    }

    /** Identity for an alert with no id of its own: its label set, or its title when it has no labels. */
    public static String fingerprintOf(Map<String, String> labels, String title) {
        return labels.isEmpty() ? sha256("title:" + title).substring(0, 16) : fingerprintOf(labels);
    }

    /**
     * A digest of everything that can change between two deliveries of one alert; equal digests mean the
     * second delivery is a duplicate (sender retry, redelivery) and adds nothing to the alert's history.
     */
    public String contentDigest() {
        return sha256(String.join("\u0000", status.wire(), String.valueOf(severity), title,
                String.valueOf(description), new TreeMap<>(labels).toString(), String.valueOf(fields),
                String.valueOf(startsAt), String.valueOf(endsAt), String.valueOf(links), String.valueOf(rule)));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
