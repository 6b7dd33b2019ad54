package dev.hourglass.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.ui.HourglassApp;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window headless (Monocle): the sample scenario's headline cards are computed and shown. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @Start
    void start(Stage stage) {
        HourglassApp.applyTheme();
        stage.setScene(HourglassApp.mainScene());
        stage.show();
    }

    @Test
    void showsTheSeedScenariosComputedHeadlines(FxRobot robot) {
        assertThat(robot.lookup("#paybackMonth").queryAs(Label.class).getText()).isEqualTo("month 12");
        assertThat(robot.lookup("#ltvToCac").queryAs(Label.class).getText()).endsWith("×");
        assertThat(robot.lookup(".scenario-name").queryAs(Label.class).getText()).isEqualTo("Seed base case");
        assertThat(robot.lookup(".headline-card").queryAll()).hasSize(8);
    }
}
