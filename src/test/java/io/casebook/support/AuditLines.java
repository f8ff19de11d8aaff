package io.casebook.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An engine's audit log ({@code <data dir>/audit.log}) read back: each line must be one JSON object. */
public final class AuditLines {

    private AuditLines() {
    }

    public static List<JsonNode> read(Path auditLog) {
        if (!Files.exists(auditLog)) {
            return List.of();
        }
        try {
            return Files.readAllLines(auditLog, StandardCharsets.UTF_8).stream().map(Api::json).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one event type, oldest first. */
    public static List<JsonNode> events(Path auditLog, String event) {
        return read(auditLog).stream().filter(line -> line.path("event").asText().equals(event)).toList();
    }

    public static String text(Path auditLog) {
        try {
            return Files.exists(auditLog) ? Files.readString(auditLog, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
