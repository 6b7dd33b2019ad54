package dev.hourglass.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.RecoveryFolder;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.AppIcon;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.DesktopLocale;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.ExportFiles;
import dev.hourglass.ui.common.FailureReport;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.InUseText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.WindowPlacement;
import dev.hourglass.ui.mainwindow.UnsavedEdits;
import dev.hourglass.ui.mainwindow.WindowActions;
import dev.hourglass.ui.session.WorkbookSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: one window on one workbook — the file given on the command line, else the last one
 * opened, else the sample workbook (built from the seeds' figures on first use). Opening runs off the FX thread.
 */
public final class HourglassApp extends Application implements WindowActions {
    static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);

    private final AppPreferences preferences = AppPreferences.forUser();
    private final WindowPlacement placement = new WindowPlacement(preferences);
    private final RecoveryFolder recovery = new RecoveryFolder(RecoveryFolder.defaultLocation());
    private Stage stage;
    private WorkbookSession session;
    private MainWindow window;

    public static void launchDesktop(String[] args) {
        // Logging set up on this thread before the early workbook's thread logs: SLF4J met half-way through its
        // set-up by a second thread holds that thread's messages and prints a "replayed" warning on the console
        LoggerFactory.getILoggerFactory();
        SoftwareRendering.useIfRemembered(SoftwareRendering.defaultFile());
        EarlyWorkbook.start(() -> workbookToOpen(List.of(args), AppPreferences.forUser()));
        Application.launch(HourglassApp.class, args);
    }

    /** The file given on the command line, else the last workbook opened if it is still there, else the sample. */
    private static Path workbookToOpen(List<String> args, AppPreferences preferences) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        return preferences.lastWorkbook().filter(Files::isRegularFile).orElse(SampleWorkbook.defaultLocation());
    }

    @Override
    public void start(Stage primary) {
        Startup.mark("start()");
        SoftwareRendering.remember(SoftwareRendering.defaultFile());
        CompletableFuture<List<Image>> icons = CompletableFuture.supplyAsync(AppIcon::images);
        FailureReport failures = new FailureReport(sentence -> Platform.runLater(() -> tellFailure(sentence)));
        Thread.setDefaultUncaughtExceptionHandler(failures);
        Thread.currentThread().setUncaughtExceptionHandler(failures);
        stage = primary;
        DesktopLocale.use(UiText.choose(preferences.language(), Locale.getDefault(Locale.Category.DISPLAY)));
        stage.setTitle(UiText.text("app.name"));
        applyTheme(preferences.darkTheme());
        Rectangle2D bounds = placement.opening();
        // The window opens at its size with a scene at once: a window manager sizes an empty window to nothing.
        Scene scene = new Scene(new StackPane(), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.getIcons().setAll(icons.join());
        stage.setOnCloseRequest(event -> {
            if (window != null && !window.controller().confirmLeaving()) {
                event.consume();
            }
        });
        Path file = workbookToOpen(getParameters().getRaw(), preferences);
        placement.place(stage);
        stage.show();
        Startup.mark("stage shown");
        open(file);
        offerLeftBehind();
    }

    @Override
    public void open(Path file) {
        Optional<Workbook> opened = EarlyWorkbook.takeIfOpen(file);
        if (opened.isPresent()) {
            show(opened.get()); // a warm start: no opening screen for a frame, the window straight away
            return;
        }
        boolean sample = file.equals(SampleWorkbook.defaultLocation());
        boolean firstStart = sample && !Files.exists(file);
        Task<Workbook> opening = new Task<>() {
            @Override
            protected Workbook call() throws Exception {
                updateMessage(UiText.text("app.opening", file.getFileName()));
                Optional<CompletableFuture<Workbook>> early = EarlyWorkbook.take(file);
                Workbook workbook;
                if (early.isPresent()) {
                    workbook = EarlyWorkbook.await(early.get());
                } else if (sample) {
                    workbook = SampleWorkbook.openOrCreate(file, (done, total, doing) -> {
                        updateProgress(done, total);
                        updateMessage(SampleSteps.text(doing, Locale.getDefault(Locale.Category.FORMAT)));
                    }, SampleText.ofDesktop());
                } else {
                    workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE);
                }
                if (isCancelled()) {
                    workbook.close();
                }
                return workbook;
            }
        };
        Scene scene = stage.getScene();
        Parent previous = scene.getRoot();
        scene.setRoot(OpeningScreen.of(opening, firstStart, () -> {
            opening.cancel();
            if (session != null) {
                scene.setRoot(previous);
            } else {
                Platform.exit();
            }
        }));
        opening.setOnSucceeded(e -> show(opening.getValue()));
        opening.setOnCancelled(e -> {
            if (opening.getValue() != null) {
                opening.getValue().close();
            }
        });
        opening.setOnFailed(e -> {
            Throwable failure = opening.getException();
            if (failure instanceof WorkbookException inUse && inUse.reason() == WorkbookException.Reason.IN_USE
                    && offerReadOnly(InUseText.of(inUse))) {
                try {
                    show(Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE));
                    return;
                } catch (WorkbookException readOnlyFailure) {
                    failure = readOnlyFailure;
                }
            }
            error(UiText.text("app.hourglassCouldNotOpen", file.getFileName()), FileProblemText.of(failure));
            if (session == null) {
                if (!sample) {
                    open(SampleWorkbook.defaultLocation());
                } else {
                    Platform.exit();
                }
            } else {
                showSession();
            }
        });
        Background.start(opening, "open-workbook");
    }

    @Override
    public void newWorkbook() {
        try {
            Workbook untitled = recovery.createUntitled(Scenario.DEFAULT_CURRENCY, Locale.getDefault().toLanguageTag(),
                    JsonScenarioCodec.INSTANCE);
            untitled.addScenario(Scenario.empty(UiText.text("app.newScenario")));
            show(untitled);
        } catch (WorkbookException e) {
            error(UiText.text("app.hourglassCouldNotCreate"), FileProblemText.of(e));
        }
    }

    @Override
    public void saveAs(Path target) {
        try {
            session.save();
            Workbook current = session.workbook();
            if (current.file().toAbsolutePath().startsWith(RecoveryFolder.defaultLocation().toAbsolutePath())) {
                closeSession();
                recovery.saveAs(Workbook.open(current.file(), JsonScenarioCodec.INSTANCE), target);
            } else {
                current.saveCopyAs(target);
                closeSession();
            }
            open(target);
        } catch (WorkbookException e) {
            error(UiText.text("app.hourglassCouldNotSave", target.getFileName()), FileProblemText.of(e));
        }
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public List<Path> recentWorkbooks() {
        return preferences.recentWorkbooks();
    }

    @Override
    public void applyLook(boolean dark, double zoom) {
        applyTheme(dark);
        if (stage.getScene() != null) {
            stage.getScene().getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * zoom));
        }
    }

    @Override
    public void rebuildWindow() {
        int shown = window.controller().shownViewIndex();
        stage.titleProperty().unbind();
        showSession();
        window.controller().showView(shown);
    }

    @Override
    public void stop() {
        if (stage != null) {
            placement.save(stage);
        }
        closeSession();
    }

    private void show(Workbook workbook) {
        Startup.mark("workbook open");
        closeSession();
        offerUnsavedEdits(workbook);
        try {
            session = new WorkbookSession(workbook, AUTOSAVE_DELAY, Platform::runLater);
        } catch (WorkbookException e) {
            workbook.close();
            error(UiText.text("app.hourglassCouldNotRead", workbook.file().getFileName()), FileProblemText.of(e));
            return;
        }
        if (!workbook.file().toAbsolutePath().startsWith(RecoveryFolder.defaultLocation().toAbsolutePath())) {
            preferences.rememberWorkbook(workbook.file());
        }
        showSession();
    }

    private void showSession() {
        Startup.mark("session ready");
        window = MainWindow.build(session, this, preferences, Locale.getDefault(Locale.Category.FORMAT));
        Startup.mark("window built");
        stage.getScene().setRoot(window.root());
        stage.titleProperty().bind(session.titleProperty());
        ExportFiles.readsFrom(stage, session.workbook().file());
        applyLook(preferences.darkTheme(), preferences.zoom());
        Startup.awaitFirstFrame(stage.getScene(), session.workbook().file().getFileName().toString());
    }

    private void closeSession() {
        if (session != null) {
            stage.titleProperty().unbind();
            session.close();
            session = null;
            window = null;
        }
    }

    /** After a crash: the autosaved edits that were never saved, restored or discarded as the user chooses. */
    private void offerUnsavedEdits(Workbook opened) {
        if (opened.isReadOnly()) {
            return;
        }
        try {
            UnsavedEdits edits = UnsavedEdits.in(opened);
            if (!edits.any()) {
                return;
            }
            ButtonType restore = new ButtonType(UiText.text("app.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType discard = new ButtonType(UiText.text("app.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
            if (Dialogs.choose(stage, false, UiText.text("app.unsavedEditsIn", opened.file().getFileName()),
                    edits.describe(), restore, discard).orElse(discard) == restore) {
                edits.restore();
            } else {
                edits.discard();
            }
        } catch (WorkbookException e) {
            error(UiText.text("app.hourglassCouldNotRestore"), FileProblemText.of(e));
        }
    }

    /** Untitled workbooks a crashed session left in the recovery folder: offered to open. */
    private void offerLeftBehind() {
        try {
            List<Path> left = recovery.leftBehind();
            if (left.isEmpty()) {
                return;
            }
            Path newest = left.get(left.size() - 1);
            ButtonType openIt = new ButtonType(UiText.text("app.openIt"), ButtonBar.ButtonData.OK_DONE);
            ButtonType discardAll = new ButtonType(UiText.text("app.discard"), ButtonBar.ButtonData.OTHER);
            Optional<ButtonType> answer = Dialogs.choose(stage, false, UiText.text("app.recoverAnUnsavedWorkbook"),
                    UiText.text("app.aNewWorkbookWas", newest.getFileName(),
                            left.size() > 1 ? UiText.text("app.andOlder", left.size() - 1) : ""),
                    openIt, discardAll, ButtonType.CANCEL);
            if (answer.isPresent() && answer.get() == openIt) {
                open(newest);
            } else if (answer.isPresent() && answer.get() == discardAll) {
                for (Path file : left) {
                    recovery.discard(file);
                }
            }
        } catch (IOException | WorkbookException e) {
            error(UiText.text("app.hourglassCouldNotLook"), FileProblemText.of(e));
        }
    }

    private boolean offerReadOnly(String message) {
        ButtonType readOnly = new ButtonType(UiText.text("app.openReadOnly"), ButtonBar.ButtonData.OK_DONE);
        return Dialogs.choose(stage, true, UiText.text("app.theWorkbookIsIn"), message, readOnly, ButtonType.CANCEL)
                .orElse(ButtonType.CANCEL) == readOnly;
    }

    private ReadOnlyBooleanProperty failureShowing;

    /** Not waited for: a failure may come in the middle of a layout, where a nested event loop is refused. */
    private void tellFailure(String sentence) {
        if (failureShowing != null && failureShowing.get()) {
            return; // one at a time: a failure repeated on every pulse must not bury the window in alerts
        }
        failureShowing = Dialogs.errorNotWaiting(stage, UiText.text("app.hourglassRanIntoA"), sentence);
    }

    private void error(String header, String message) {
        Dialogs.error(stage, header, message);
    }

    private static Boolean darkApplied;

    /** The flat AtlantaFX theme the whole application uses, light or dark (re-styling everything only on a change). */
    public static void applyTheme(boolean dark) {
        if (darkApplied != null && darkApplied == dark) {
            return;
        }
        darkApplied = dark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static String stylesheet() {
        return HourglassStyles.stylesheet();
    }
}
