package dev.hourglass.store;

import dev.hourglass.model.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps edits safe between saves: every edited scenario is written as its draft at most {@code delay} after the
 * first unsaved edit (later edits ride along), on a thread of its own. A crash loses at most that much; the
 * draft is offered back on the next open. The listener hears the state for the status bar.
 */
public final class Autosaver implements AutoCloseable {
    public enum State { SAVED, PENDING, FAILED }

    /** What the status bar shows: all edits kept (when), edits waiting, or why the last autosave failed. */
    public record Status(State state, Instant at, String message) {
    }

    private final Workbook workbook;
    private final Duration delay;
    private final Consumer<Status> listener;
    private final ScheduledExecutorService executor;
    private final Map<Long, Scenario> pending = new LinkedHashMap<>();
    private ScheduledFuture<?> scheduled;

    public Autosaver(Workbook workbook, Duration delay, Consumer<Status> listener) {
        this.workbook = workbook;
        this.delay = delay;
        this.listener = listener;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autosave");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records the scenario as edited; its draft is written within the delay. */
    public synchronized void edited(long scenarioId, Scenario draft) {
        pending.put(scenarioId, draft);
        if (scheduled == null) {
            scheduled = executor.schedule(this::writePending, delay.toMillis(), TimeUnit.MILLISECONDS);
            listener.accept(new Status(State.PENDING, Instant.now(), "unsaved edits"));
        }
    }

    /** The scenario was saved for real: its pending draft is no longer needed. */
    public synchronized void forget(long scenarioId) {
        pending.remove(scenarioId);
    }

    /** Writes whatever is pending now, on the caller's thread (before closing, before Save As). */
    public void flush() {
        writePending();
    }

    private void writePending() {
        Map<Long, Scenario> drafts;
        synchronized (this) {
            drafts = new LinkedHashMap<>(pending);
            pending.clear();
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
        if (drafts.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<Long, Scenario> draft : drafts.entrySet()) {
                workbook.saveDraft(draft.getKey(), draft.getValue());
            }
            listener.accept(new Status(State.SAVED, Instant.now(), "all edits kept"));
        } catch (WorkbookException e) {
            synchronized (this) {
                drafts.forEach(pending::putIfAbsent); // kept for the next try
            }
            listener.accept(new Status(State.FAILED, Instant.now(), e.getMessage()));
        }
    }

    @Override
    public void close() {
        flush();
        executor.shutdownNow();
    }
}
