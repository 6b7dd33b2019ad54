package dev.hourglass.ui;

import atlantafx.base.theme.PrimerLight;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.DisplayFormats;
import dev.hourglass.ui.common.Views;
import dev.hourglass.ui.mainwindow.HeadlinesViewModel;
import dev.hourglass.ui.mainwindow.MainWindowController;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: for now one window with the sample scenario's headline figures. */
public final class HourglassApp extends Application {

    public static void launchDesktop(String[] args) {
        Application.launch(HourglassApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        applyTheme();
        stage.setTitle("Hourglass — " + SeedScenarios.baseCase().name());
        stage.setScene(mainScene());
        stage.show();
    }

    /** The flat AtlantaFX theme the whole application uses. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The main window's scene, wired with its dependencies; tests build it the same way. */
    public static Scene mainScene() {
        HeadlinesViewModel headlines = new HeadlinesViewModel(SeedScenarios.baseCase(),
                new DisplayFormats(Locale.getDefault(Locale.Category.FORMAT)));
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(headlines));
        Parent root = Views.load(MainWindowController.class, "MainWindow.fxml", controllers);
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(HourglassApp.class.getResource("common/hourglass.css").toExternalForm());
        return scene;
    }
}
