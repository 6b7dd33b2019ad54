package dev.hourglass.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.HourglassApp;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
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
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The closing-ARR fan of a scenario with an NRR range: a shaded P10–P90 area in the theme's colour. */
@ExtendWith(ApplicationExtension.class)
class RetentionFanUiTest {
    private Path dir;
    private WorkbookSession session;
    private Locale language;

    @Start
    void start(Stage stage) throws Exception {
        language = UiText.language();
        UiText.use(Locale.ENGLISH);
        dir = Files.createTempDirectory("hourglass-fan-ui");
        Scenario base = SeedScenarios.baseCase();
        Scenario ranged = base.withName("Ranged").withDrivers(base.drivers()
                .withRange(Driver.NRR, DriverRange.triangular(0.95, 1.05, 1.12)));
        session = TestSessions.open(dir, List.of(base, ranged));
        RetentionViewModel viewModel = new RetentionViewModel(new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        FXMLLoader loader = new FXMLLoader(RetentionController.class.getResource(
                "/dev/hourglass/ui/retention/Retention.fxml"));
        loader.setResources(UiText.bundle());
        loader.setControllerFactory(new ControllerFactory()
                .register(RetentionController.class, () -> new RetentionController(viewModel)));
        Parent root = loader.load();
        HourglassApp.applyTheme(false);
        Scene scene = new Scene(root, 1100, 1400);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        UiText.use(language);
        session.close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theBandIsAShadedAreaFromP90BackAlongP10(FxRobot robot) {
        FanChart fan = robot.lookup("#closingArrFan").queryAs(FanChart.class);
        assertThat(fan.isVisible()).isFalse(); // the base case has no ranges
        robot.interact(() -> session.selectedProperty().set(session.scenarios().get(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fan.isVisible()).isTrue();
        Polygon band = robot.from(fan).lookup(".fan-band").queryAs(Polygon.class);
        List<Double> points = band.getPoints();
        assertThat(points).hasSize(12); // three years along P90, three back along P10
        for (int year = 0; year < 3; year++) {
            double p90Y = points.get(2 * year + 1);
            double p10Y = points.get(11 - 2 * year);
            assertThat(points.get(2 * year)).isEqualTo(points.get(10 - 2 * year)); // same year, same x
            assertThat(p90Y).as("year %d: P90 above P10", year + 1).isLessThan(p10Y);
        }
        assertThat(band.getFill()).isNotEqualTo(Color.BLACK); // the theme's fill, not the shape's default
        assertThat(fan.getData()).extracting(s -> s.getName()).containsExactly("Closing ARR P50", "P10", "P90");
    }
}
