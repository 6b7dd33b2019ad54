package dev.hourglass.ui;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The workbook a start will show, opened on its own thread while the JavaFX toolkit starts: loading SQLite's driver
 * and native library and reading the workbook then run beside the toolkit's start on the other core instead of after
 * it. Only a workbook that exists is opened early — a first start builds the sample, showing each step.
 * The app takes it with {@link #take}; a workbook opened early but not taken is closed.
 */
final class EarlyWorkbook {
    private static Path file;
    private static CompletableFuture<Workbook> opening;

    private EarlyWorkbook() {
    }

    static synchronized void start(Path chosen) {
        if (opening != null || !Files.isRegularFile(chosen)) {
            return;
        }
        file = chosen;
        opening = new CompletableFuture<>();
        CompletableFuture<Workbook> result = opening;
        Thread opener = new Thread(() -> {
            try {
                Workbook workbook = Workbook.open(chosen, JsonScenarioCodec.INSTANCE);
                Startup.mark("workbook open early");
                result.complete(workbook);
            } catch (Throwable e) { // handed on whole: the window's opening reports it as it reports its own
                result.completeExceptionally(e);
            }
        }, "open-workbook-early");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * The early opening of {@code wanted}, once; empty when none was started for it (an early workbook of another
     * file is closed as soon as it is open).
     */
    static synchronized Optional<CompletableFuture<Workbook>> take(Path wanted) {
        CompletableFuture<Workbook> taken = opening;
        boolean same = taken != null && file.equals(wanted);
        opening = null;
        file = null;
        if (taken != null && !same) {
            taken.thenAccept(Workbook::close);
        }
        return same ? Optional.of(taken) : Optional.empty();
    }

    /**
     * The workbook {@code wanted} when its early opening has already succeeded, taken as {@link #take} takes it;
     * empty otherwise (still opening, failed, or another file), leaving the opening to {@link #take}.
     */
    static synchronized Optional<Workbook> takeIfOpen(Path wanted) {
        if (opening == null || !file.equals(wanted) || !opening.isDone() || opening.isCompletedExceptionally()) {
            return Optional.empty();
        }
        Workbook workbook = opening.join();
        opening = null;
        file = null;
        return Optional.of(workbook);
    }

    /** Waits for the early opening; its failure is thrown as the opening's own. An interrupted wait closes it later. */
    static Workbook await(CompletableFuture<Workbook> early) throws WorkbookException, InterruptedException {
        try {
            return early.get();
        } catch (InterruptedException e) {
            early.thenAccept(Workbook::close);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WorkbookException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
