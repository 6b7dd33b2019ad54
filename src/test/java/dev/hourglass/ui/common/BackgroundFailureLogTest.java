package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A background task's failure reaches the log with its stack trace, and still the handler that tells the user. */
@ExtendWith(ApplicationExtension.class)
class BackgroundFailureLogTest {
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Background.class);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

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
    void aFailedTaskIsLoggedAndHandedToItsHandler() throws Exception {
        CompletableFuture<Throwable> handed = new CompletableFuture<>();
        Platform.runLater(() -> Background.run("read-ledger", () -> {
            throw new IllegalStateException("ledger table missing");
        }, null, value -> handed.complete(null), handed::complete));

        Throwable failure = handed.get(10, TimeUnit.SECONDS);

        assertThat(failure).hasMessage("ledger table missing");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("Background work read-ledger failed");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("ledger table missing");
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
    }
}
