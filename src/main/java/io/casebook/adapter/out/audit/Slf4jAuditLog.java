package io.casebook.adapter.out.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.application.security.AuditEvent;
import io.casebook.application.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each audit event as one JSON object on the {@code casebook.audit} logger. logback.xml sends that
 * logger to {@code <data dir>/audit.log}: the data dir travels in the MDC key {@value #DIR_KEY}, so engines
 * with different data dirs in one JVM (tests) each get their own file.
 */
public final class Slf4jAuditLog implements AuditLog {

    public static final String LOGGER = "casebook.audit";
    public static final String DIR_KEY = "casebook.audit.dir";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Logger SELF = LoggerFactory.getLogger(Slf4jAuditLog.class);

    private final ObjectMapper mapper;
    private final String dataDir;
    private final Clock clock;

    public Slf4jAuditLog(ObjectMapper mapper, Path dataDir, Clock clock) {
        this.mapper = mapper;
        this.dataDir = dataDir.toAbsolutePath().toString();
        this.clock = clock;
    }

    @Override
    public void record(AuditEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("@timestamp", clock.instant().toString());
        line.put("event", event.event());
        line.put("outcome", event.outcome());
        line.put("user", event.user());
        line.put("source_ip", event.sourceAddress());
        line.putAll(event.details());
        String json;
        try {
            json = mapper.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            SELF.error("Cannot write audit event {}: {}", event.event(), e.getMessage());
            return;
        }
        String previous = MDC.get(DIR_KEY);
        MDC.put(DIR_KEY, dataDir);
        try {
            LOG.info(json);
        } finally {
            if (previous == null) {
                MDC.remove(DIR_KEY);
            } else {
                MDC.put(DIR_KEY, previous);
            }
        }
    }
}
