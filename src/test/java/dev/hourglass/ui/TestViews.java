package dev.hourglass.ui;

import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.UiText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A view for a TestFX test: its FXML loaded with its controller, shown in the app's theme; and the clean-up after. */
public final class TestViews {
    private TestViews() {
    }

    /** Loads {@code fxml} (a resource path) with the controller {@code make} gives and shows it at the size. */
    public static <C> void show(Stage stage, String fxml, Class<C> controller, Supplier<C> make, double width,
                                double height) throws IOException {
        FXMLLoader loader = new FXMLLoader(controller.getResource(fxml));
        loader.setResources(UiText.bundle());
        loader.setControllerFactory(new ControllerFactory().register(controller, make));
        Parent root = loader.load();
        HourglassApp.applyTheme(false);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    /** Deletes a test's folder with everything in it. */
    public static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
