package dev.hourglass.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.HourglassApp;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The retention programme view, headless: its override of the scenario's ACV is marked, and the button resets it. */
@ExtendWith(ApplicationExtension.class)
class OverrideMarkerUiTest {
    private Path dir;
    private WorkbookSession session;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("hourglass-override-ui");
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase()));
        SelectedScenario selected = new SelectedScenario(session);
        RetentionProgramViewModel viewModel = new RetentionProgramViewModel(selected, new FigureFormatter(Locale.US, "USD"),
                Locale.US);
        FXMLLoader loader = new FXMLLoader(RetentionProgramController.class.getResource(
                "/dev/hourglass/ui/programme/RetentionProgram.fxml"));
        loader.setResources(UiText.bundle());
        loader.setControllerFactory(new ControllerFactory()
                .register(RetentionProgramController.class, () -> new RetentionProgramController(viewModel)));
        Parent root = loader.load();
        HourglassApp.applyTheme(false);
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another test's width
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theOverriddenAcvIsMarkedAndTheButtonResetsItToTheScenariosValue(FxRobot robot) {
        InputGrid grid = robot.lookup("#retentionProgramGrid").queryAs(InputGrid.class);
        TableRow<?> acvRow = row(robot, grid, "ACV");
        TableRow<?> marginRow = row(robot, grid, "Gross margin");
        assertThat(acvRow.getPseudoClassStates()).extracting(Object::toString).contains("overridden");
        assertThat(marginRow.getPseudoClassStates()).extracting(Object::toString).doesNotContain("overridden");
        assertThat(robot.from(acvRow).lookup(".override-marker").tryQuery()).isPresent();
        assertThat(robot.from(marginRow).lookup(".override-marker").tryQuery()).isEmpty();
        Node acvValue = robot.from(acvRow).lookup(".value-column").query();
        assertThat(((Labeled) acvValue).getTooltip().getText()).isEqualTo("Overrides the scenario's ACV of 24,000 USD");

        Button reset = robot.lookup("#retentionProgramGridReset").queryAs(Button.class);
        robot.clickOn(robot.from(marginRow).lookup(".value-column").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reset.isDisabled()).isTrue();
        robot.clickOn(acvValue);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reset.isDisabled()).isFalse();

        robot.clickOn(reset);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.selectedProperty().get().scenario().retentionProgramSection().orElseThrow().overrides()
                .has(Driver.ACV)).isFalse();
        assertThat(robot.from(row(robot, grid, "ACV")).lookup(".value-column").queryAs(Labeled.class).getText())
                .isEqualTo("24,000");
        assertThat(row(robot, grid, "ACV").getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("overridden");
        assertThat(robot.from(grid).lookup(".override-marker").tryQuery()).isEmpty();

        robot.interact(() -> session.history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(row(robot, grid, "ACV")).lookup(".override-marker").tryQuery()).isPresent();
    }

    private static TableRow<?> row(FxRobot robot, InputGrid grid, String label) {
        Node labelCell = robot.from(grid).lookup(".table-cell").match(n -> n instanceof Labeled l
                && label.equals(l.getText())).query();
        Node node = labelCell;
        while (!(node instanceof TableRow<?>)) {
            node = node.getParent();
        }
        return (TableRow<?>) node;
    }
}
