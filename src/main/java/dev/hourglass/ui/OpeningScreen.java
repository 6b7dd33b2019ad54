package dev.hourglass.ui;

import atlantafx.base.theme.Styles;
import dev.hourglass.ui.common.AppIcon;
import dev.hourglass.ui.common.UiText;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * What the window shows while a workbook opens off the FX thread: the app's icon and name, what is being done and
 * how far along (the sample's steps on a first start), and a way out.
 */
final class OpeningScreen {

    private OpeningScreen() {
    }

    static Parent of(Task<?> task, boolean firstStart, Runnable cancel) {
        ImageView icon = new ImageView(AppIcon.image(128));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        Label name = new Label("Hourglass");
        name.getStyleClass().add(Styles.TITLE_1);
        Label why = new Label(firstStart ? UiText.text("app.firstStartBuildingA") : "");
        why.setWrapText(true);
        why.setMaxWidth(420);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.setManaged(firstStart);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(420);
        progress.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.textProperty().bind(task.messageProperty());
        step.setId("opening-step");
        Button cancelButton = new Button(UiText.text("app.cancel"));
        cancelButton.setOnAction(e -> cancel.run());
        VBox box = new VBox(12, icon, name, why, progress, step, cancelButton);
        box.setAlignment(Pos.CENTER);
        box.setId("opening-screen");
        return box;
    }
}
