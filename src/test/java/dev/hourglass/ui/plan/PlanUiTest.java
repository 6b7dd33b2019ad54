package dev.hourglass.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassApp;
import dev.hourglass.ui.MainWindow;
import dev.hourglass.ui.NoWindowActions;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan tab of the real window on the sample workbook (headless, Monocle): the months across with their totals,
 * the ARR bridge holding on the values shown, a wrong start month explained, and the plan beside the ledger's
 * actuals.
 */
@ExtendWith(ApplicationExtension.class)
class PlanUiTest {
    private Path dir;
    private WorkbookSession session;
    private Preferences preferencesNode;

    /** Built once (it takes a while on a busy machine); each test opens a copy. */
    private static Path sample;

    @BeforeAll
    static void buildSample() throws Exception {
        sample = Files.createTempDirectory("hourglass-plan-sample").resolve("Sample.hourglass");
        SampleWorkbook.create(sample);
    }

    @AfterAll
    static void deleteSample() throws Exception {
        try (var paths = Files.walk(sample.getParent())) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("hourglass-plan-ui");
        Path file = dir.resolve("Sample.hourglass");
        Files.copy(sample, file);
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofMinutes(10),
                Platform::runLater);
        preferencesNode = Preferences.userRoot().node("dev/hourglass/test-plan-" + System.nanoTime());
        MainWindow window = MainWindow.build(session, new NoWindowActions(), new AppPreferences(preferencesNode), Locale.US);
        HourglassApp.applyTheme(false);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        preferencesNode.removeNode();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void thePlanShowsItsMonthsWithTotalsAndTheBridgeHoldsOnTheShownValues(FxRobot robot) throws Exception {
        TableView<PlanRow> values = showPlan(robot);

        List<String> titles = values.getColumns().stream().map(c -> ((Label) c.getGraphic()).getText()).toList();
        assertThat(titles.stream().filter(t -> t.matches("[A-Z][a-z]{2} \\d{4}"))).as(titles.toString()).hasSize(12);
        // 12 months from the month after the ledger's last span 4 or 5 calendar quarters
        assertThat(titles.stream().filter(t -> t.startsWith("Q"))).hasSizeBetween(4, 5);
        assertThat(titles.stream().filter(t -> t.startsWith("FY"))).isNotEmpty();
        TableView<PlanRow> names = robot.lookup("#planLines").queryTableView();
        assertThat(names.getItems()).extracting(PlanRow::name).startsWith("Opening ARR", "Churned", "Contracted");
        List<PlanRow> rows = values.getItems();
        for (int c = 0; c < values.getColumns().size(); c++) {
            double bridged = value(rows, "openingArr", c) - value(rows, "churned", c) - value(rows, "contracted", c)
                    + value(rows, "expanded", c) + value(rows, "newArr", c);
            assertThat(value(rows, "closingArr", c)).as(titles.get(c)).isCloseTo(bridged, Offset.offset(1e-3));
            if (c > 0 && !values.getColumns().get(c - 1).getStyleClass().contains("plan-total")
                    && !values.getColumns().get(c).getStyleClass().contains("plan-total")) {
                assertThat(value(rows, "openingArr", c)).isEqualTo(value(rows, "closingArr", c - 1));
            }
        }
        // 30 % growth, the first target: the last month closes at 1.3 × the first month's opening
        int last = titles.size() - 1;
        while (!titles.get(last).matches("[A-Z][a-z]{2} \\d{4}")) {
            last--;
        }
        assertThat(value(rows, "closingArr", last)).isCloseTo(1.3 * value(rows, "openingArr", 0), Offset.offset(1e-3));
        TableColumn<PlanRow, ?> first = values.getColumns().get(0);
        assertThat((String) first.getCellObservableValue(rows.get(0)).getValue()).startsWith("$");
    }

    @Test
    void aWrongStartMonthIsExplainedAndThePlanComesBackWhenFixed(FxRobot robot) throws Exception {
        showPlan(robot);
        TextField start = robot.lookup("#planStart").queryAs(TextField.class);
        String good = start.getText();
        robot.interact(() -> {
            start.setText("13/2027");
            start.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#planMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Start month: write it as a month and year, e.g. Jan 2027 or 2027-01 — got “13/2027”.");
        assertThat(robot.lookup("#planGrid").query().isVisible()).isFalse();

        robot.interact(() -> {
            start.setText(good);
            start.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#planGrid").query().isVisible());
        assertThat(message.isVisible()).isFalse();
    }

    @Test
    void theSamplesLedgerGivesActualsBesideThePlan(FxRobot robot) throws Exception {
        showPlan(robot);
        ToggleButton actuals = robot.lookup("#planActuals").queryAs(ToggleButton.class);
        // by default the plan starts after the ledger's last month: no actual yet
        assertThat(actuals.isDisabled()).isTrue();
        TextField start = robot.lookup("#planStart").queryAs(TextField.class);
        assertThat(start.getText()).matches("[A-Z][a-z]{2} \\d{4}");
        String aYearEarlier = DateText.month(start.getText()).orElseThrow().minusMonths(12).toString();
        robot.interact(() -> {
            start.setText(aYearEarlier);
            start.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !actuals.isDisabled());

        robot.interact(() -> actuals.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<PlanRow> names = robot.lookup("#planLines").queryTableView();
        assertThat(names.getItems()).extracting(PlanRow::name).startsWith("Closing ARR: actual", "Closing ARR: plan",
                "Closing ARR: variance", "Closing ARR: variance %");
        PlanRow actual = names.getItems().get(0);
        assertThat(actual.values().get(0)).isPositive();
    }

    @Test
    void theBudgetToggleGoesForwardFromThePlansSpendAndSpendsItEvenly(FxRobot robot) throws Exception {
        TableView<PlanRow> values = showPlan(robot);
        double spend = monthly(values, "acquisitionSpend").stream().mapToDouble(Double::doubleValue).sum();
        // the sample's deals come from one funnel: the table by source would only repeat the grid
        assertThat(robot.lookup("#planSources").query().isVisible()).isFalse();

        robot.clickOn("#planBudget");
        // the target becomes the plan's spend, spent evenly: the same new ARR every month, the same spend in all
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            List<Double> newArr = monthly(robot.lookup("#planValues").queryTableView(), "newArr");
            return robot.lookup("#planTarget").queryAs(TextField.class).getText().startsWith("$")
                    && newArr.size() == 12 && newArr.stream().distinct().count() == 1;
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PlanRow> budgeted = robot.lookup("#planValues").queryTableView();
        assertThat(monthly(budgeted, "newArr")).hasSize(12);
        assertThat(monthly(budgeted, "acquisitionSpend").stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(spend, Offset.offset(1.0)); // the field rounds the budget to the dollar
        assertThat(robot.lookup("#planTarget").queryAs(TextField.class).getText()).matches("\\$[0-9,]+");
        assertThat(robot.lookup("#planMessage").queryAs(Label.class).isVisible()).isFalse();
    }

    private static TableView<PlanRow> showPlan(FxRobot robot) throws Exception {
        robot.interact(() -> {
            TabPane views = robot.lookup("#views").queryAs(TabPane.class);
            views.getSelectionModel().select(views.getTabs().stream().filter(t -> t.getText().equals("Plan"))
                    .findFirst().orElseThrow());
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#planGrid").tryQuery()
                    .map(Node::isVisible).orElse(false)
                    && robot.lookup("#planValues").queryTableView().getColumns().size() > 12);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no plan shown: " + robot.lookup("#planMessage").queryAs(Label.class).getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#planValues").queryTableView();
    }

    /** A line's values in the grid's months (its total columns left out). */
    private static List<Double> monthly(TableView<PlanRow> values, String id) {
        List<Double> months = new java.util.ArrayList<>();
        for (int c = 0; c < values.getColumns().size(); c++) {
            if (!values.getColumns().get(c).getStyleClass().contains("plan-total")) {
                months.add(value(values.getItems(), id, c));
            }
        }
        return months;
    }

    private static double value(List<PlanRow> rows, String id, int column) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().values().get(column);
    }
}
