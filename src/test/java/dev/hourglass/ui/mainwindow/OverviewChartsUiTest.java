package dev.hourglass.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.TestViews;
import dev.hourglass.ui.common.ArrBridgeChart;
import dev.hourglass.ui.common.PaybackChart;
import dev.hourglass.ui.common.SideBySide;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview's two charts hold the selected scenario's figures and follow a switch, an edit and its undo. */
@ExtendWith(ApplicationExtension.class)
class OverviewChartsUiTest {
    private Path dir;
    private WorkbookSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("hourglass-overview-ui");
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase(), SeedScenarios.nrr110()));
        HeadlinesViewModel viewModel = new HeadlinesViewModel(session.selectedProperty().get().scenario(),
                new FigureFormatter(Locale.US, "USD"));
        viewModel.scenarioProperty().bind(session.selectedProperty().flatMap(ScenarioEntry::scenarioProperty));
        // the overview beside the scenario list at 1366 × 768
        TestViews.show(stage, "/dev/hourglass/ui/mainwindow/Overview.fxml", OverviewController.class,
                () -> new OverviewController(viewModel), 1100, 700);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        TestViews.delete(dir);
    }

    @Test
    void theChartsHoldTheSelectedScenariosClosingArrAndPayback(FxRobot robot) {
        // seed 000: $10M at 105 % NRR plus $2M, $2.5M, $3M new ARR
        assertThat(closingArr(robot)).containsExactly(
                entry("Start", 10_000_000), entry("Year 1", 12_500_000), entry("Year 2", 15_625_000),
                entry("Year 3", 19_406_250));
        assertThat(paybackMonth(robot)).isEqualTo(12);
        assertThat(cacLine(robot)).isEqualTo(18_000);
        PaybackChart payback = robot.lookup("#overviewPayback").queryAs(PaybackChart.class);
        assertThat(tooltip(payback.getData().get(2).getData().get(0).getNode()))
                .isEqualTo("Payback in month 12: cumulative gross profit $19,200 ≥ CAC $18,000");
        ArrBridgeChart closing = robot.lookup("#overviewClosingArr").queryAs(ArrBridgeChart.class);
        assertThat(tooltip(closing.getData().get(1).getData().get(3).getNode()))
                .isEqualTo("ARR after year 3: opening × NRR + new ARR = $19,406,250");

        robot.interact(() -> session.selectedProperty().set(session.scenarios().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        // NRR 110 %: 10M × 1.1 + 2M, then × 1.1 + 2.5M and + 3M
        List<Entry> nrr110 = closingArr(robot);
        assertThat(nrr110.get(1).value()).isCloseTo(13_000_000, within(1e-3));
        assertThat(nrr110.get(2).value()).isCloseTo(16_800_000, within(1e-3));
        assertThat(nrr110.get(3).value()).isCloseTo(21_480_000, within(1e-3));
    }

    @Test
    void thePaybackFollowsAnEditAndItsUndo(FxRobot robot) {
        ScenarioEntry base = session.scenarios().get(0);
        robot.interact(() -> session.edit(base, base.scenario().withUnitEconomics(
                base.scenario().unitEconomics().orElseThrow().withCac(30_000)), "CAC"));
        WaitForAsyncUtils.waitForFxEvents();
        // 19,200 covered in year one; the remaining 10,800 at 1,312 a month takes 9 more months
        assertThat(paybackMonth(robot)).isEqualTo(21);
        assertThat(cacLine(robot)).isEqualTo(30_000);

        robot.interact(() -> session.history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paybackMonth(robot)).isEqualTo(12);
    }

    @Test
    void aScenarioWithoutRetentionHidesItsChartAndTheOtherTakesTheWidth(FxRobot robot) {
        SideBySide charts = robot.lookup(".side-by-side").queryAs(SideBySide.class);
        assertThat(charts.sideBySide(charts.getWidth())).isTrue();
        ScenarioEntry base = session.scenarios().get(0);
        Scenario withoutRetention = Scenario.empty("Unit economics only")
                .withUnitEconomics(base.scenario().unitEconomics().orElseThrow());
        robot.interact(() -> session.edit(base, withoutRetention, "retention removed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#overviewClosingArr").queryAs(ArrBridgeChart.class).isVisible()).isFalse();
        PaybackChart payback = robot.lookup("#overviewPayback").queryAs(PaybackChart.class);
        assertThat(payback.getWidth()).isGreaterThan(charts.getWidth() - 1);
    }

    @Test
    void aNarrowWindowStacksTheCharts(FxRobot robot) {
        robot.interact(() -> stage.setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        ArrBridgeChart closing = robot.lookup("#overviewClosingArr").queryAs(ArrBridgeChart.class);
        PaybackChart payback = robot.lookup("#overviewPayback").queryAs(PaybackChart.class);
        assertThat(payback.getLayoutY()).isGreaterThan(closing.getLayoutY() + closing.getHeight());
        assertThat(payback.getHeight()).isGreaterThanOrEqualTo(payback.minHeight(-1));
        robot.interact(() -> stage.sizeToScene()); // TestFX hands the same stage to the next test class
    }

    private record Entry(String label, double value) {
    }

    private static Entry entry(String label, double value) {
        return new Entry(label, value);
    }

    /** The waterfall's totals (its second series): the start ARR and each year's closing ARR. */
    private static List<Entry> closingArr(FxRobot robot) {
        ArrBridgeChart chart = robot.lookup("#overviewClosingArr").queryAs(ArrBridgeChart.class);
        return chart.getData().get(1).getData().stream()
                .map(d -> entry(d.getXValue(), Math.round(d.getYValue().doubleValue() * 100) / 100.0)).toList();
    }

    private static int paybackMonth(FxRobot robot) {
        PaybackChart chart = robot.lookup("#overviewPayback").queryAs(PaybackChart.class);
        assertThat(chart.getData()).hasSize(3);
        XYChart.Data<Number, Number> marker = chart.getData().get(2).getData().get(0);
        assertThat(chart.getData().get(2).getName()).isEqualTo("Payback: month " + marker.getXValue());
        return marker.getXValue().intValue();
    }

    private static String tooltip(Node node) {
        return ((Tooltip) node.getProperties().get("javafx.scene.control.Tooltip")).getText();
    }

    private static double cacLine(FxRobot robot) {
        return robot.lookup("#overviewPayback").queryAs(PaybackChart.class).getData().get(1).getData().get(0)
                .getYValue().doubleValue();
    }
}
