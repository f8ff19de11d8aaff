package io.casebook.adapter.out.audit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out audit lines for audit.log: a message that is already a JSON object ({@link Slf4jAuditLog}) as is,
 * any other line on the logger ({@code delete_case: User deleted case id: ...}) wrapped into one, so the
 * file stays one JSON object per line.
 */
public final class AuditLineLayout extends LayoutBase<ILoggingEvent> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern EVENT_PREFIX = Pattern.compile("^([a-z_]+): (.*)$", Pattern.DOTALL);

    @Override
    public String doLayout(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (message.startsWith("{")) {
            return message + System.lineSeparator();
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("@timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        Matcher prefixed = EVENT_PREFIX.matcher(message);
        line.put("event", prefixed.matches() ? prefixed.group(1) : "message");
        line.put("outcome", "success");
        line.put("message", prefixed.matches() ? prefixed.group(2) : message);
        try {
            return MAPPER.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            return "{\"event\":\"unwritable\"}" + System.lineSeparator();
        }
    }
}
