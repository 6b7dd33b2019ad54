package dev.hourglass.ui.importing;

import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassStyles;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.Views;
import java.io.File;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard: choose a CSV, read its first rows and values off the FX thread, then the dialog. */
public final class ImportWizard {
    private ImportWizard() {
    }

    public static void start(Window owner, Workbook workbook, ImportWizardViewModel.Kind kind, Runnable imported) {
        if (workbook.isReadOnly()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, workbook.file().getFileName() + " is open read-only: "
                    + workbook.readOnlyReason().orElse("") + ". Save it under another name to import into it.");
            alert.initOwner(owner);
            alert.showAndWait();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import " + kind.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        ImportWizardViewModel viewModel = new ImportWizardViewModel(workbook, kind);
        Task<Void> reading = new Task<>() {
            @Override
            protected Void call() throws Exception {
                viewModel.open(file.toPath());
                return null;
            }
        };
        reading.setOnSucceeded(e -> show(owner, viewModel, imported));
        reading.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, reading.getException().getMessage());
            alert.initOwner(owner);
            alert.setHeaderText("Hourglass could not read " + file.getName());
            alert.showAndWait();
        });
        Background.start(reading, "read-csv");
    }

    static void show(Window owner, ImportWizardViewModel viewModel, Runnable imported) {
        ControllerFactory controllers = new ControllerFactory()
                .register(ImportWizardController.class, () -> new ImportWizardController(viewModel, imported));
        Parent root = Views.load(ImportWizardController.class, "ImportWizard.fxml", controllers);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import " + viewModel.preview().fileName());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(HourglassStyles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }
}
