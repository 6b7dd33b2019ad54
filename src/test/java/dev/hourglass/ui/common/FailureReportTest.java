package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureReportTest {
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FailureReport.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void anUncaughtFailureIsLoggedWithItsStackTraceAndToldInOneSentence() {
        List<String> told = new ArrayList<>();
        Thread fxThread = new Thread(() -> { }, "JavaFX Application Thread");
        UncheckedIOException failure = new UncheckedIOException(new IOException("No space left on device"));

        new FailureReport(told::add).uncaughtException(fxThread, failure);

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).isEqualTo("Unexpected failure on thread JavaFX Application Thread");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(UncheckedIOException.class.getName());
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
        assertThat(told).containsExactly(
                "Something went wrong (No space left on device); the details are in the log — Help › Show logs.");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsKind() {
        assertThat(FailureReport.sentence(new IllegalStateException(new NullPointerException())))
                .isEqualTo("Something went wrong (NullPointerException); the details are in the log — Help › Show logs.");
    }

    @Test
    void onlyTheFirstLineOfALongMessageIsTold() {
        assertThat(FailureReport.sentence(new IllegalArgumentException("Bad value.\n  at row 3")))
                .isEqualTo("Something went wrong (Bad value); the details are in the log — Help › Show logs.");
    }
}
