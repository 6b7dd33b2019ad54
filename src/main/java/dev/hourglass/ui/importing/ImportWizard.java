package dev.hourglass.ui.importing;

import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassStyles;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.ReadOnlyText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Views;
import dev.hourglass.ui.common.WindowPlacement;
import java.io.File;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the import wizard: choose a file (CSV, TXT, TSV or xlsx), read its first rows, guess its kind and read its
 * values off the FX thread, then the dialog, sized to fit the screen it opens on.
 */
public final class ImportWizard {
    private ImportWizard() {
    }

    /** Room kept free around the wizard on a small screen (the window's own title bar and border). */
    private static final double SCREEN_MARGIN = 40;

    /** @param kind the kind the user asked for; null to guess it from the file's header */
    public static void start(Window owner, Workbook workbook, ImportWizardViewModel.Kind kind, Runnable imported) {
        if (workbook.isReadOnly()) {
            Dialogs.warning(owner, UiText.text("import.isOpenReadOnly", workbook.file().getFileName(), ReadOnlyText.of(workbook)));
            return;
        }
        FileChooser chooser = Dialogs.fileChooser(kind == null ? UiText.text("import.importData") : UiText.text("import.import", kind.title()), null,
                new FileChooser.ExtensionFilter(UiText.text("import.tablesCsvTxtTsv"), "*.csv", "*.txt", "*.tsv", "*.xlsx", "*.xls",
                        "*.CSV", "*.TXT", "*.TSV", "*.XLSX", "*.XLS"),
                new FileChooser.ExtensionFilter(UiText.text("import.allFiles"), "*"));
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
            Dialogs.error(owner, UiText.text("import.hourglassCouldNotRead", file.getName()), FileProblemText.of(reading.getException()));
        });
        Background.start(reading, "read-table");
    }

    /** The screen the owner window is on (the primary one when it is on none). */
    private static Screen screenOf(Window owner) {
        if (owner != null) {
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0);
            }
        }
        return Screen.getPrimary();
    }

    static void show(Window owner, ImportWizardViewModel viewModel, Runnable imported) {
        ControllerFactory controllers = new ControllerFactory()
                .register(ImportWizardController.class, () -> new ImportWizardController(viewModel, imported));
        Parent root = Views.load(ImportWizardController.class, "ImportWizard.fxml", controllers);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(UiText.text("import.import", viewModel.preview().fileName()));
        Rectangle2D screen = screenOf(owner).getVisualBounds();
        double width = Math.min(root.prefWidth(-1), screen.getWidth() - SCREEN_MARGIN);
        double height = Math.min(root.prefHeight(width), screen.getHeight() - SCREEN_MARGIN);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(HourglassStyles.stylesheet());
        stage.setScene(scene);
        stage.setMaxHeight(screen.getHeight());
        WindowPlacement.showAt(stage, new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + Math.max(0, (screen.getHeight() - height - SCREEN_MARGIN) / 2), width, height));
    }
}
