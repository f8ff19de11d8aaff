package io.casebook.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every log line the engine writes while it is open, at the levels asked for, as text a leak scan can search:
 * the message, its MDC values and each exception's class and message. Closing puts the levels back.
 */
public final class LogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> levelsBefore = new LinkedHashMap<>();
    private final List<String> loggers;

    /** Captures the root logger and the named non-additive ones (the audit log has a file of its own). */
    public LogCapture(Map<String, Level> levels, String... nonAdditive) {
        levels.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        appender.setContext(context);
        appender.start();
        loggers = new ArrayList<>(List.of(Logger.ROOT_LOGGER_NAME));
        loggers.addAll(List.of(nonAdditive));
        loggers.forEach(name -> context.getLogger(name).addAppender(appender));
    }

    /** Root at INFO and the engine at DEBUG, plus any other levels given. */
    public static LogCapture engineAtDebug(Map<String, Level> more, String... nonAdditive) {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put(Logger.ROOT_LOGGER_NAME, Level.INFO);
        levels.put("io.casebook", Level.DEBUG);
        levels.putAll(more);
        return new LogCapture(levels, nonAdditive);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        synchronized (appender) {
            for (ILoggingEvent event : List.copyOf(appender.list)) {
                lines.add(event.getFormattedMessage());
                event.getMDCPropertyMap().values().forEach(lines::add);
                for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                    lines.add(t.getClassName() + ": " + t.getMessage());
                }
            }
        }
        return lines;
    }

    @Override
    public void close() {
        loggers.forEach(name -> context.getLogger(name).detachAppender(appender));
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
