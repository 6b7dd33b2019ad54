package dev.hourglass.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs slow work (a workbook read, a file parse) off the FX thread; its outcome comes back on the FX thread. */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private Background() {
    }

    /**
     * Starts the task on a daemon thread of that name, so an open read never keeps the app from quitting. A failure
     * is logged with its stack trace here; the task's own handler tells the user.
     */
    public static void start(Task<?> task, String threadName) {
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED,
                e -> LOG.warn("Background work {} failed", threadName, task.getException()));
        Thread worker = new Thread(task, threadName);
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Runs the work with the busy indicator (if any) shown until it ends, then hands its value to {@code done} or its
     * failure to {@code failed}.
     */
    public static <T> void run(String threadName, Callable<T> work, Node busy, Consumer<T> done,
            Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        showBusy(busy, true);
        task.setOnSucceeded(e -> {
            showBusy(busy, false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            showBusy(busy, false);
            failed.accept(task.getException());
        });
        start(task, threadName);
    }

    private static void showBusy(Node busy, boolean shown) {
        if (busy != null) {
            busy.setVisible(shown);
        }
    }
}
