package dev.hourglass.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.HourglassApp;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Retention & NRR view, headless, across a switch of scenario. */
@ExtendWith(ApplicationExtension.class)
class RetentionViewUiTest {
    private Path dir;
    private WorkbookSession session;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("hourglass-retention-ui");
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase(), SeedScenarios.nrr110()));
        SelectedScenario selected = new SelectedScenario(session);
        RetentionViewModel viewModel = new RetentionViewModel(selected, new FigureFormatter(Locale.US, "USD"), Locale.US);
        FXMLLoader loader = new FXMLLoader(RetentionController.class.getResource(
                "/dev/hourglass/ui/retention/Retention.fxml"));
        loader.setResources(UiText.bundle());
        loader.setControllerFactory(new ControllerFactory()
                .register(RetentionController.class, () -> new RetentionController(viewModel)));
        Parent root = loader.load();
        HourglassApp.applyTheme(false);
        Scene scene = new Scene(root, 1100, 1400); // the view beside the scenario list at 1366
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
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
    void theNrrLevelsTableKeepsReadableColumnsAfterAScenarioSwitch(FxRobot robot) {
        TableView<?> table = robot.lookup("#comparisonTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        select(robot, 1);
        select(robot, 0);
        select(robot, 1);

        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("NRR", "ARR after year 1", "ARR after year 2", "ARR after year 3");
        for (TableColumn<?, ?> column : table.getColumns()) {
            assertThat(column.getWidth()).as(column.getText()).isGreaterThan(120);
        }
        Labeled closing = robot.from(table).lookup(".table-cell").match(n -> n instanceof Labeled l
                && "$21.48M".equals(l.getText())).queryAs(Labeled.class);
        assertThat(closing.getWidth()).isGreaterThan(120);
    }

    @Test
    void theTablesHeadersReadInFullAt1366(FxRobot robot) {
        select(robot, 1);
        List<String> shown = robot.lookup("#bridgeTable .column-header .text").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertThat(shown).contains("Year", "Opening", "Churned", "Contracted", "Expanded", "New ARR", "Closing");
        List<String> levels = robot.lookup("#comparisonTable .column-header .text").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertThat(levels).contains("NRR", "ARR after year 1", "ARR after year 2", "ARR after year 3");
    }

    private void select(FxRobot robot, int index) {
        robot.interact(() -> session.selectedProperty().set(session.scenarios().get(index)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
