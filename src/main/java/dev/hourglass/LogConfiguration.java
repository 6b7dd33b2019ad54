package dev.hourglass;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import dev.hourglass.ui.common.LogFolder;

/**
 * Hourglass's logs, set up in code (found by Logback through {@code META-INF/services}) instead of from an XML file:
 * Logback's XML reader loads ~570 classes at every start. Warnings and errors of Hourglass and its libraries (POI's
 * Log4j and java.util.logging arrive here too) go to a rolling file in the user's Hourglass folder
 * ({@code -Dhourglass.logs=FOLDER} moves it), never to stdout or stderr, which belong to the command line's output;
 * the start-up's own line (when the main window was first shown, bench/startup.sh reads it) is logged at INFO.
 * A {@code logback-test.xml} (the tests') or {@code -Dlogback.configurationFile} still wins.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    private static final String STARTUP_LOGGER = "dev.hourglass.ui.Startup";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        writeToFile(context, LogFolder.location().toString());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void writeToFile(LoggerContext context, String folder) {
        context.getStatusManager().add(new NopStatusListener());
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/hourglass.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/hourglass.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();
        context.getLogger(STARTUP_LOGGER).setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
    }
}
