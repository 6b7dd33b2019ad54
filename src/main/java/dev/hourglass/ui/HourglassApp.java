package dev.hourglass.ui;

import atlantafx.base.theme.PrimerLight;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.mainwindow.UnsavedEdits;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.DisplayFormats;
import dev.hourglass.ui.common.Views;
import dev.hourglass.ui.mainwindow.HeadlinesViewModel;
import dev.hourglass.ui.mainwindow.MainWindowController;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application: opens the workbook given on the command line, or the sample workbook (built from the
 * seeds' figures on first use), and shows its first scenario's headline figures.
 */
public final class HourglassApp extends Application {
    private Workbook workbook;

    public static void launchDesktop(String[] args) {
        Application.launch(HourglassApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        applyTheme();
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? SampleWorkbook.defaultLocation() : Path.of(args.get(0));
        boolean sample = args.isEmpty();
        stage.setTitle("Hourglass — " + file.getFileName());
        stage.setScene(openingScene(file));
        stage.show();

        Task<Workbook> opening = new Task<>() {
            @Override
            protected Workbook call() throws Exception {
                updateMessage("Opening " + file.getFileName() + "…");
                return sample ? SampleWorkbook.openOrCreate(file) : Workbook.open(file, JsonScenarioCodec.INSTANCE);
            }
        };
        opening.setOnSucceeded(e -> show(stage, opening.getValue()));
        opening.setOnFailed(e -> {
            Throwable failure = opening.getException();
            if (failure instanceof WorkbookException inUse && inUse.reason() == WorkbookException.Reason.IN_USE
                    && offerReadOnly(stage, inUse.getMessage())) {
                try {
                    show(stage, Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE));
                    return;
                } catch (WorkbookException readOnlyFailure) {
                    failure = readOnlyFailure;
                }
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage());
            alert.initOwner(stage);
            alert.setHeaderText("Hourglass could not open " + file.getFileName());
            alert.showAndWait();
            Platform.exit();
        });
        Thread worker = new Thread(opening, "open-workbook");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(Stage stage, Workbook opened) {
        workbook = opened;
        offerUnsavedEdits(stage, opened);
        Scenario first;
        try {
            List<StoredScenario> scenarios = opened.scenarios();
            first = scenarios.isEmpty() ? Scenario.empty("New scenario") : scenarios.get(0).scenario();
        } catch (Exception e) {
            new Alert(Alert.AlertType.ERROR, e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        String readOnly = opened.isReadOnly() ? " (read-only)" : "";
        stage.setTitle("Hourglass — " + opened.file().getFileName() + readOnly + " — " + first.name());
        stage.setScene(mainScene(first));
    }

    private static boolean offerReadOnly(Stage stage, String message) {
        ButtonType readOnly = new ButtonType("Open read-only", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, message, readOnly, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("The workbook is in use");
        return ask.showAndWait().orElse(ButtonType.CANCEL) == readOnly;
    }

    /** After a crash: the autosaved edits that were never saved, restored or discarded as the user chooses. */
    private static void offerUnsavedEdits(Stage stage, Workbook opened) {
        try {
            UnsavedEdits edits = UnsavedEdits.in(opened);
            if (!edits.any() || opened.isReadOnly()) {
                return;
            }
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, edits.describe(), restore, discard);
            ask.initOwner(stage);
            ask.setTitle("Hourglass");
            ask.setHeaderText("Unsaved edits in " + opened.file().getFileName());
            ask.getDialogPane().setMinWidth(560);
            if (ask.showAndWait().orElse(discard) == restore) {
                edits.restore();
            } else {
                edits.discard();
            }
        } catch (WorkbookException e) {
            Alert failed = new Alert(Alert.AlertType.ERROR, e.getMessage());
            failed.initOwner(stage);
            failed.showAndWait();
        }
    }

    @Override
    public void stop() {
        if (workbook != null) {
            workbook.close();
        }
    }

    /** The flat AtlantaFX theme the whole application uses. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private static Scene openingScene(Path file) {
        ProgressIndicator progress = new ProgressIndicator();
        VBox box = new VBox(16, progress, new Label("Opening " + file.getFileName() + "…"));
        box.setAlignment(Pos.CENTER);
        return new Scene(box, 1100, 640);
    }

    /** The main window's scene for the seed base case; tests build it the same way. */
    public static Scene mainScene() {
        return mainScene(SeedScenarios.baseCase());
    }

    /** The main window's scene, wired with its dependencies. */
    public static Scene mainScene(Scenario scenario) {
        HeadlinesViewModel headlines = new HeadlinesViewModel(scenario,
                new DisplayFormats(Locale.getDefault(Locale.Category.FORMAT)));
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(headlines));
        Parent root = Views.load(MainWindowController.class, "MainWindow.fxml", controllers);
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(HourglassApp.class.getResource("common/hourglass.css").toExternalForm());
        return scene;
    }
}
