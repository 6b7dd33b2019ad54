package dev.hourglass.ui;

import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the desktop took to start, and the start-up runs made on purpose:
 * <ul>
 *   <li>every start logs (INFO, the log file) when the main window's first frame was shown — bench/startup.sh
 *   reads it;</li>
 *   <li>{@code -Dhourglass.measureStartup=true} also logs each step with its time since the JVM started;</li>
 *   <li>{@code -Dhourglass.exitAfterStartup=true} quits after that first frame;</li>
 *   <li>{@code -Dhourglass.trainStartup=true} (the class-data archive's run at package time) shows every tab once,
 *   so the classes of all views are archived too, then quits.</li>
 * </ul>
 */
final class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);
    private static boolean firstFrameSeen;

    private Startup() {
    }

    static void mark(String step) {
        if (Boolean.getBoolean("hourglass.measureStartup")) {
            LOG.info("start-up step: {} at {} ms after the JVM started", step, millisSinceJvmStart());
        }
    }

    /** Once per run: after the next layout pulse of the main window's content, the frame it draws is logged. */
    static void awaitFirstFrame(Scene scene, String workbook) {
        if (firstFrameSeen) {
            return;
        }
        firstFrameSeen = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // looked up now: the split pane holding the tabs shows its items once its skin is made, by this pulse
            firstFrameShown(workbook, (TabPane) scene.lookup("#views"));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void firstFrameShown(String workbook, TabPane views) {
        long sinceStart = millisSinceJvmStart();
        LOG.info("first frame of the main window on {} shown at {} ({} ms after the JVM started)", workbook,
                Instant.now().toEpochMilli(), sinceStart);
        if (Boolean.getBoolean("hourglass.trainStartup")) {
            showEachTab(views, 0);
        } else if (Boolean.getBoolean("hourglass.exitAfterStartup")) {
            Platform.exit();
        }
    }

    /** One tab a pulse, so each view is built, laid out and drawn as a user would see it. */
    private static void showEachTab(TabPane views, int index) {
        if (views == null || index >= views.getTabs().size()) {
            LOG.info("start-up training showed {} tabs", views == null ? 0 : index);
            Platform.exit();
            return;
        }
        Tab tab = views.getTabs().get(index);
        views.getSelectionModel().select(tab);
        Scene scene = views.getScene();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            scene.removePostLayoutPulseListener(next[0]);
            Platform.runLater(() -> showEachTab(views, index + 1));
        };
        scene.addPostLayoutPulseListener(next[0]);
        Platform.requestNextPulse();
    }

    /** From the process's start as the OS recorded it (no management beans: they load ~150 classes more). */
    static long millisSinceJvmStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> System.currentTimeMillis() - start.toEpochMilli())
                .orElse(-1L);
    }
}
