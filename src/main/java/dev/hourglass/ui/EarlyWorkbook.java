package dev.hourglass.ui;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The workbook a start will show, opened on its own thread while the JavaFX toolkit starts: loading SQLite's driver
 * and native library and reading the workbook then run beside the toolkit's start on the other core instead of after
 * it. Only a workbook that exists is opened early — a first start builds the sample, showing each step.
 * The app takes it with {@link #take}; a workbook opened early but not taken is closed.
 */
final class EarlyWorkbook {
    /** The file chosen, once the thread has chosen it: empty when it does not exist (nothing is opened early). */
    private static CompletableFuture<Optional<Path>> chosen;
    private static CompletableFuture<Workbook> opening;

    private EarlyWorkbook() {
    }

    static void start(Path file) {
        start(() -> file);
    }

    /**
     * Chooses the file on the thread too: the choice reads the user's preferences (the last workbook), and their
     * first read — java.util.prefs parsing its XML file — took ~60 ms that the toolkit's start then waited for.
     */
    static synchronized void start(Supplier<Path> choice) {
        if (opening != null) {
            return;
        }
        CompletableFuture<Optional<Path>> file = new CompletableFuture<>();
        CompletableFuture<Workbook> result = new CompletableFuture<>();
        chosen = file;
        opening = result;
        Thread opener = new Thread(() -> {
            try {
                Path path = choice.get();
                boolean exists = Files.isRegularFile(path);
                file.complete(exists ? Optional.of(path) : Optional.empty());
                if (!exists) {
                    result.complete(null);
                    return;
                }
                Workbook workbook = Workbook.open(path, JsonScenarioCodec.INSTANCE);
                Startup.mark("workbook open early");
                result.complete(workbook);
            } catch (Throwable e) { // handed on whole: the window's opening reports it as it reports its own
                file.complete(Optional.empty());
                result.completeExceptionally(e);
            }
        }, "open-workbook-early");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * The early opening of {@code wanted}, once; empty when none was started for it (an early workbook of another
     * file is closed as soon as it is open). Waits for the file's choice, which is made first on the thread.
     */
    static Optional<CompletableFuture<Workbook>> take(Path wanted) {
        CompletableFuture<Optional<Path>> file;
        CompletableFuture<Workbook> taken;
        synchronized (EarlyWorkbook.class) {
            file = chosen;
            taken = opening;
            chosen = null;
            opening = null;
        }
        if (file == null) {
            return Optional.empty();
        }
        Optional<Path> path = file.join();
        boolean same = path.isPresent() && path.get().equals(wanted);
        if (path.isPresent() && !same) {
            taken.thenAccept(Workbook::close);
        }
        return same ? Optional.of(taken) : Optional.empty();
    }

    /**
     * The workbook {@code wanted} when its early opening has already succeeded, taken as {@link #take} takes it;
     * empty otherwise (still choosing or opening, failed, nothing to open, or another file), leaving it to
     * {@link #take}. Never waits: the JavaFX thread asks.
     */
    static synchronized Optional<Workbook> takeIfOpen(Path wanted) {
        if (opening == null || !opening.isDone() || opening.isCompletedExceptionally()
                || !chosen.join().filter(wanted::equals).isPresent()) {
            return Optional.empty();
        }
        Workbook workbook = opening.join();
        chosen = null;
        opening = null;
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
