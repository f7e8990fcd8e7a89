package io.github.camelsegmentremote.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

/**
 * Captures everything a test run writes: every log event of every logger (formatted with its logger, level, MDC
 * and full stack trace, as a file appender would write it) and everything printed to System.out and System.err.
 * Logger levels given at open are restored at close.
 */
final class OutputCapture implements AutoCloseable {

    private final LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<Logger, Level> previousLevels = new LinkedHashMap<>();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream printedBytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final boolean capturePrinted;

    private OutputCapture(Map<String, Level> levels, boolean capturePrinted) {
        this.capturePrinted = capturePrinted;
        levels.forEach((name, level) -> {
            Logger logger = loggers.getLogger(name);
            previousLevels.put(logger, logger.getLevel());
            logger.setLevel(level);
        });
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(loggers);
        encoder.setPattern("%level [%thread] %logger %mdc - %msg%n%ex{full}");
        encoder.start();
        appender.setContext(loggers);
        appender.setName("output-capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(logBytes);
        appender.start();
        loggers.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        if (capturePrinted) {
            // Kept, not passed on: TRACE output is large. ByteArrayOutputStream is synchronized.
            PrintStream printed = new PrintStream(printedBytes, true, StandardCharsets.UTF_8);
            System.setOut(printed);
            System.setErr(printed);
        }
    }

    /** Log output at the loggers' current levels; System.out and System.err are left alone. */
    static OutputCapture logs() {
        return new OutputCapture(Map.of(), false);
    }

    /** All log output with the given logger levels, plus everything printed to System.out and System.err. */
    static OutputCapture everything(Map<String, Level> levels) {
        return new OutputCapture(levels, true);
    }

    /** What the loggers wrote so far. */
    String logText() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    /** What was printed to System.out and System.err so far. */
    String printedText() {
        return printedBytes.toString(StandardCharsets.UTF_8);
    }

    /** The logged lines that contain {@code text}. */
    List<String> lines(String text) {
        return logText().lines().filter(l -> l.contains(text)).toList();
    }

    @Override
    public void close() {
        loggers.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        previousLevels.forEach(Logger::setLevel);
        if (capturePrinted) {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
