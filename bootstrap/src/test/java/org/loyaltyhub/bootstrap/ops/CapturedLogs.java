package org.loyaltyhub.bootstrap.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.loyaltyhub.adapter.rest.RequestLogFilter;
import org.slf4j.LoggerFactory;

/**
 * Collects the events that reach one logger's appenders (the root logger: every line written) while a test
 * runs, and renders them with the layout {@code logback.xml} gives the console, as an operator would see them.
 * The build runs the tests with {@code LOYALTYHUB_REQUEST_LOG=WARN} (bootstrap/pom.xml) to keep its output
 * short, so the request log is switched back to its default, INFO, while capturing.
 */
final class CapturedLogs implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger requestLog;
    private final Level requestLogLevel;

    private CapturedLogs(String loggerName) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.logger = context.getLogger(loggerName);
        appender.setContext(context);
        appender.start();
        logger.addAppender(appender);
        this.requestLog = context.getLogger(RequestLogFilter.LOGGER);
        this.requestLogLevel = requestLog.getLevel();
        requestLog.setLevel(Level.INFO);
    }

    static CapturedLogs of(String loggerName) {
        return new CapturedLogs(loggerName);
    }

    static CapturedLogs everything() {
        return new CapturedLogs(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    List<ILoggingEvent> events() {
        synchronized (appender) { // the lock AppenderBase.doAppend holds while adding
            return List.copyOf(appender.list);
        }
    }

    /** The console layout of logback.xml; fails if that is not the masking layout. */
    static Layout<ILoggingEvent> consoleLayout() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Appender<ILoggingEvent> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        if (!(console instanceof ConsoleAppender<ILoggingEvent> consoleAppender)
                || !(consoleAppender.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder)) {
            throw new AssertionError("logback.xml has no STDOUT console appender with a layout: " + console);
        }
        return encoder.getLayout();
    }

    /** Every captured event as the console writes it, stack traces included. */
    List<String> rendered() {
        Layout<ILoggingEvent> layout = consoleLayout();
        return events().stream().map(layout::doLayout).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
        requestLog.setLevel(requestLogLevel);
    }
}
