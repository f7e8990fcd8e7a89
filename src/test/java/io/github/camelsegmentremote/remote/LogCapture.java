package io.github.camelsegmentremote.remote;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event while open. Apache HttpClient's header and wire loggers are left out of
 * {@link #all()}: at DEBUG they print raw HTTP traffic, Authorization header included, by design; they must stay
 * off wherever credentials matter.
 */
final class LogCapture implements AutoCloseable {

    private static final List<String> RAW_HTTP_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    private final Logger logger;
    private final Level previousLevel;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    static LogCapture root() {
        return new LogCapture((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
    }

    /** The messages at {@code level} or above. */
    List<String> messages(Level level) {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(level))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Every message with its stack trace, from every logger except the raw HTTP ones. */
    List<String> all() {
        return events().stream()
                .filter(e -> RAW_HTTP_LOGGERS.stream().noneMatch(e.getLoggerName()::startsWith))
                .map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(
                                e.getThrowableProxy())))
                .toList();
    }

    /** A snapshot: other threads may be logging (the appender appends under its own lock). */
    private List<ILoggingEvent> events() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
        logger.setLevel(previousLevel);
    }
}
