package dev.hourglass.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class HourglassApp extends Application {

    public static void launchDesktop(String[] args) {
        Application.launch(HourglassApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hourglass");
        stage.setScene(new Scene(new Label("Hourglass"), 640, 400));
        stage.show();
    }
}
