package dev.hourglass.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.io.json.ScenarioJsonWriter;
import dev.hourglass.io.whatif.ScenarioGoalSeek;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassApp;
import dev.hourglass.ui.MainWindow;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.ChartImages;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real workbook window headless (Monocle) on a sample workbook: headline cards, editing CAC and seeing
 * the payback month change, undo, pasting a range from a spreadsheet, a refused value, save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private static final Locale LOCALE = Locale.US;

    private Path dir;
    private Path file;
    private WorkbookSession session;
    private MainWindow window;
    private Preferences preferencesNode;
    private final List<String> actionsAsked = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("hourglass-ui");
        file = dir.resolve("Sample.hourglass");
        SampleWorkbook.create(file);
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofMillis(200),
                Platform::runLater);
        preferencesNode = Preferences.userRoot().node("dev/hourglass/test-" + System.nanoTime());
        window = MainWindow.build(session, new RecordingActions(), new AppPreferences(preferencesNode), LOCALE);
        HourglassApp.applyTheme(false);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.titleProperty().bind(session.titleProperty());
        stage.show();
    }

    @AfterEach
    void closeSession() throws Exception {
        session.close();
        preferencesNode.removeNode();
        try (var paths = Files.walk(dir)) { // the temporary workbook, its lock and backups
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theOverviewShowsTheSampleScenariosComputedHeadlines(FxRobot robot) {
        Node overview = robot.lookup(".overview").query();
        assertThat(robot.from(overview).lookup("#paybackMonth").queryAs(Label.class).getText()).isEqualTo("12\u00a0months");
        assertThat(robot.from(overview).lookup(".scenario-name").queryAs(Label.class).getText()).isEqualTo("Seed base case");
        assertThat(robot.from(overview).lookup(".headline-card").queryAll()).hasSize(8);
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
    }

    @Test
    void editingCacChangesThePaybackMonthAndUndoBringsItBack(FxRobot robot) {
        showUnitEconomics(robot);
        assertThat(payback(robot)).isEqualTo("12\u00a0months");

        robot.clickOn(cell(robot, "CAC")).type(KeyCode.ENTER).write("9000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        UnitEconomicsInputs edited = SeedScenarios.baseCase().unitEconomics().orElseThrow().withCac(9_000);
        String expected = UnitEconomicsCalculator.calculate(edited).paybackMonth().getAsInt() + "\u00a0months";
        assertThat(expected).isNotEqualTo("12\u00a0months");
        assertThat(payback(robot)).isEqualTo(expected);
        assertThat(session.selectedProperty().get().scenario().unitEconomics()).contains(edited);
        assertThat(robot.window(0)).extracting(w -> ((Stage) w).getTitle()).asString().endsWith("•");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(payback(robot)).isEqualTo("12\u00a0months");
        assertThat(session.modifiedProperty().get()).isFalse();
    }

    @Test
    void keysTypedFasterThanTheScreenRefreshesAllReachTheCell(FxRobot robot) {
        showUnitEconomics(robot);
        robot.clickOn(cell(robot, "CAC"));
        // All keys in one go on the FX thread, with no pulse between them: the editor opened by the first key has
        // no skin yet when the next arrive (they were lost: "24680" became 2,680).
        robot.interact(() -> {
            Scene scene = window.root().getScene();
            for (char key : "24680".toCharArray()) {
                Event.fireEvent(scene.getFocusOwner(), new KeyEvent(
                        KeyEvent.KEY_TYPED, String.valueOf(key), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(scene.getFocusOwner(), new KeyEvent(
                    KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scenario().unitEconomics().orElseThrow().cac()).isEqualTo(24_680);
    }

    @Test
    void aRangePastedFromASpreadsheetSetsEachInputAndUndoesAsOne(FxRobot robot) {
        showUnitEconomics(robot);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("ACV\t30000\nGross margin\t75%\nCAC\t20000\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(cell(robot, "ACV")).press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        UnitEconomicsInputs pasted = scenario().unitEconomics().orElseThrow();
        assertThat(pasted.acv()).isEqualTo(30_000);
        assertThat(pasted.grossMargin()).isEqualTo(0.75);
        assertThat(pasted.cac()).isEqualTo(20_000);
        Node grid = robot.lookup("#unitEconomicsGrid").query();
        assertThat(robot.from(grid).lookup("75%").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scenario()).isEqualTo(SeedScenarios.baseCase());
    }

    @Test
    void aRefusedValueIsExplainedAndTheLastGoodValueKept(FxRobot robot) {
        showUnitEconomics(robot);
        robot.clickOn(cell(robot, "Gross margin")).type(KeyCode.ENTER).write("180%").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Node grid = robot.lookup("#unitEconomicsGrid").query();
        Label message = robot.from(grid).lookup(".input-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Gross margin must be between 0% and 100%, got 180% — the last good value is kept.");
        assertThat(scenario()).isEqualTo(SeedScenarios.baseCase());
        assertThat(robot.from(grid).lookup("80%").tryQuery()).isPresent();
    }

    @Test
    void aSavedEditIsThereWhenTheWorkbookIsOpenedAgain(FxRobot robot) throws Exception {
        showUnitEconomics(robot);
        robot.clickOn(cell(robot, "ACV")).write("26000").type(KeyCode.ENTER); // typing starts editing
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.modifiedProperty().get()).isFalse();
        robot.interact(() -> session.close());

        try (Workbook reopened = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            Scenario saved = reopened.scenarios().get(0).scenario();
            assertThat(saved.unitEconomics().orElseThrow().acv()).isEqualTo(26_000);
            assertThat(reopened.scenarios().get(0).hasDraft()).isFalse();
        }
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofMillis(200),
                Platform::runLater); // for @AfterEach
    }

    @Test
    void aScenarioFileDroppedOnTheWindowIsAddedUnderAFreeName(FxRobot robot) throws Exception {
        Path json = dir.resolve("dropped.json");
        Files.writeString(json, ScenarioJsonWriter.toJson(SeedScenarios.baseCase()));
        robot.interact(() -> window.controller().importScenario(json));
        assertThat(session.scenarios()).extracting(ScenarioEntry::toString)
                .containsExactly("Seed base case", "NRR 110 %", "Retention programme",
                        "Acquisition channels", "Seed base case (2)");
        assertThat(robot.lookup("Seed base case (2)").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.workbook().scenarios()).hasSize(SampleWorkbook.scenarios().size());
    }

    @Test
    void theArrBridgeCopiesIntoASpreadsheetAsTabSeparatedRows(FxRobot robot) {
        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> bridge = robot.lookup("#bridgeTable").queryAs(TableView.class);
        robot.interact(() -> {
            bridge.getSelectionModel().clearSelection();
            bridge.requestFocus(); // it may sit below the fold of the scroll pane
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = clipboard(robot).split("\n");
        assertThat(copied[0]).isEqualTo("Year\tOpening\tChurned\tContracted\tExpanded\tNew ARR\tClosing");
        assertThat(copied[1]).startsWith("1\t$10,000,000\t");
        assertThat(copied).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void thePipelineAndActualsViewsShowTheImportedDealsAndLedger(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(6));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#pipelineView #enterpriseCoverage").tryQuery().isPresent());
        assertThat(robot.lookup("#pipelineView #enterpriseCoverage").queryAs(Label.class).getText()).endsWith("×");
        assertThat(robot.lookup("#pipelineView .diagnosis").queryAll()).isNotEmpty();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#pipelineView #oddsProbability").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#pipelineView #oddsProbability").queryAs(Label.class).getText()).endsWith("%");
        assertThat(robot.lookup("#pipelineView #oddsPercentiles").queryAs(Label.class).getText()).contains(" / ");
        assertThat(robot.lookup("#pipelineView #oddsDeals").queryAs(TableView.class).getItems())
                .isNotEmpty();

        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(7));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#actualsView #trailingNrr").tryQuery().isPresent());
        assertThat(robot.lookup("#actualsView #trailingNrr").queryAs(Label.class).getText()).endsWith("%");
        assertThat(robot.lookup("#actualsView .heat-cell").queryAll()).isNotEmpty();
    }

    @Test
    void aDealSwitchedIntoTheForecastAndACalibrationFromTheActualsChangeTheFigures(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(6));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#pipelineView #forecast").tryQuery().isPresent());
        String before = robot.lookup("#pipelineView #forecast").queryAs(Label.class).getText();
        CheckBox off = robot.lookup("#pipelineView .table-view .check-box")
                .match(n -> n instanceof CheckBox c && !c.isSelected() && !c.isDisabled())
                .queryAs(CheckBox.class);
        robot.clickOn(off);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pipelineView #forecast").queryAs(Label.class).getText()).isNotEqualTo(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pipelineView #forecast").queryAs(Label.class).getText()).isEqualTo(before);

        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(7));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#actualsView #trailingNrr").tryQuery().isPresent());
        robot.clickOn("Calibrate the selected scenario…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scenario()).isNotEqualTo(SeedScenarios.baseCase());
        assertThat(scenario().retention().orElseThrow().rates().nrr()).isNotEqualTo(1.05);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scenario()).isEqualTo(SeedScenarios.baseCase());
    }

    @Test
    void whatIfGoalSeekIsAppliedUndoablyAndItsChartsSaveAsPictures(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(9));
        WaitForAsyncUtils.waitForFxEvents();
        Node tornado = robot.lookup("#whatIfView .tornado-chart").query();
        assertThat(robot.from(tornado).lookup(".tornado-low").queryAll()).hasSize(3); // ACV, margin and CAC move payback
        robot.interact(() -> {
            robot.lookup("#whatIfView #goalInput").queryAs(ComboBox.class)
                    .setValue("unitEconomics.cac");
            robot.lookup("#whatIfView #goalOutput").queryAs(ComboBox.class)
                    .setValue("unitEconomics.paybackMonth");
            robot.lookup("#whatIfView #direction").queryAs(ChoiceBox.class)
                    .setValue(ScenarioGoalSeek.Direction.AT_MOST);
        });
        // The goal seek form is below the fold of an 800-pixel window: set and press it as a scrolled-to user would.
        robot.interact(() -> {
            robot.lookup("#whatIfView #target").queryAs(TextField.class).setText("11");
            robot.lookup("#whatIfView #seek").queryAs(Button.class).fire();
        });
        assertThat(robot.lookup("#whatIfView #answer").queryAs(Label.class).getText())
                .startsWith("CAC = $17,600 (now $18,000)");
        robot.interact(() -> robot.lookup("#whatIfView #apply").queryAs(Button.class).fire());
        assertThat(scenario().unitEconomics().orElseThrow().cac()).isCloseTo(17_600, Offset.offset(0.01));
        robot.interact(() -> session.history().undo());
        assertThat(scenario().unitEconomics().orElseThrow().cac()).isEqualTo(18_000);

        Path png = dir.resolve("tornado.png");
        double[] size = new double[2];
        robot.interact(() -> {
            size[0] = tornado.getLayoutBounds().getWidth();
            size[1] = tornado.getLayoutBounds().getHeight();
            try {
                ChartImages.writePng(ChartImages.snapshot(tornado), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isEqualTo((int) Math.ceil(size[0] * 2));
        assertThat(picture.getHeight()).isEqualTo((int) Math.ceil(size[1] * 2));
        assertThat(robot.lookup("#whatIfView .heat-grid .heat-now").queryAll()).hasSize(1);
    }

    @Test
    void workshopModeStepsThroughViewsAndScenariosHidesInputsAndGivesTheWindowBack(FxRobot robot) {
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        SplitPane split = robot.lookup("#split").queryAs(SplitPane.class);
        robot.clickOn(views).type(KeyCode.F5);
        assertThat(window.root().getStyleClass()).contains("workshop");
        assertThat(split.getItems()).hasSize(1); // no navigator
        assertThat(robot.lookup(".workshop-title").queryAs(Label.class).getText()).isEqualTo("Overview  ·  Seed base case");

        robot.type(KeyCode.RIGHT);
        assertThat(views.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        SplitPane unitEconomics = (SplitPane) views.getTabs().get(1).getContent();
        TableView<?> grid = (TableView<?>) unitEconomics.lookup(".table-view");
        double workshopWidth = grid.getColumns().get(0).getPrefWidth();
        assertThat(unitEconomics.getItems()).hasSize(2);
        robot.type(KeyCode.I);
        assertThat(unitEconomics.getItems()).hasSize(1); // the inputs are out of the way
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        SplitPane programme = (SplitPane) views.getTabs().get(3).getContent();
        assertThat(programme.getItems()).hasSize(1); // and stay hidden on the next views
        robot.interact(() -> views.getSelectionModel().select(2)); // a view chosen by a click hides its inputs too
        assertThat(((SplitPane) views.getTabs().get(2).getContent()).getItems()).hasSize(1);
        robot.interact(() -> views.getSelectionModel().select(3));
        robot.type(KeyCode.DOWN);
        assertThat(session.selectedProperty().get().scenario().name()).isEqualTo("NRR 110 %");
        assertThat(robot.lookup(".workshop-title").queryAs(Label.class).getText())
                .isEqualTo("Retention programme  ·  NRR 110 %");

        robot.type(KeyCode.F5); // F5 leaves as it entered, though its menu is out of sight
        assertThat(window.root().getStyleClass()).doesNotContain("workshop");
        // Column widths grew with the type (1.5 ×) and are given back.
        assertThat(grid.getColumns().get(0).getPrefWidth()).isCloseTo(workshopWidth / WorkshopMode.ENLARGE,
                Offset.offset(0.01));
        assertThat(split.getItems()).hasSize(2);
        assertThat(unitEconomics.getItems()).hasSize(2);
        assertThat(programme.getItems()).hasSize(2);
        assertThat(robot.lookup(".workshop-title").tryQuery()).isEmpty();
    }

    @Test
    void accountsHealthScoresTheSampleAccountsAndRescoresWhenAWeightMoves(FxRobot robot) throws Exception {
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        robot.interact(() -> views.getSelectionModel().select(views.getTabs().stream()
                .filter(t -> t.getText().equals("Accounts health")).findFirst().orElseThrow()));
        TableView<?> table = robot.lookup("#accountsView #table")
                .queryAs(TableView.class);
        // the rows and then the cards are filled on the FX thread: wait for the cards too, not only the rows
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && robot.lookup("#accountsView #redBand").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Supplier<String> red = () -> robot.lookup("#accountsView #redBand").queryAs(Label.class).getText();
        String before = red.get();
        assertThat(before).startsWith("$");
        Slider activation = robot.lookup("#weight-ACTIVATION").queryAs(Slider.class);
        robot.interact(() -> activation.setValue(0));
        assertThat(red.get()).isNotEqualTo(before); // the red band lost the never-activated accounts' weight
        robot.interact(() -> activation.setValue(20));
        assertThat(red.get()).isEqualTo(before);
    }

    @Test
    void theAcquisitionValueViewRanksTheSampleAccountsCampaignsAndChartsThem(FxRobot robot) throws Exception {
        robot.interact(() -> {
            TabPane views = robot.lookup("#views").queryAs(TabPane.class);
            views.getSelectionModel().select(views.getTabs().stream()
                    .filter(t -> t.getText().equals("Acquisition value")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#acquisitionTable")
                .tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        TableView<?> table = robot.lookup("#acquisitionTable")
                .queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6); // the sample's six campaigns
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Campaign");
        LineChart<?, ?> chart = robot.lookup("#acquisitionChart")
                .queryAs(LineChart.class);
        assertThat(chart.getData()).isNotEmpty();
        assertThat(chart.getData().get(0).getData()).isNotEmpty();

        // the scenario with a channel per campaign: every campaign gets a CAC and a point
        robot.interact(() -> session.selectedProperty().set(session.scenarios().stream()
                .filter(e -> e.toString().startsWith("Acquisition channels")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getData().get(0).getData()).hasSize(6);
        assertThat(robot.lookup("#acquisitionView .acquisition-point-label").queryAll()).hasSize(6);
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private Scenario scenario() {
        return session.selectedProperty().get().scenario();
    }

    private static void showUnitEconomics(FxRobot robot) {
        robot.interact(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node cell(FxRobot robot, String label) {
        InputGrid grid = robot.lookup("#unitEconomicsGrid").queryAs(InputGrid.class);
        return robot.from(grid).lookup(".table-cell").match(n -> n instanceof Labeled l
                && label.equals(l.getText())).query();
    }

    private static String payback(FxRobot robot) {
        Node view = robot.lookup("#unitEconomicsView").query();
        return robot.from(view).lookup("#paybackMonth").queryAs(Label.class).getText();
    }

    private final class RecordingActions implements WindowActions {
        @Override
        public void open(Path workbook) {
            actionsAsked.add("open " + workbook);
        }

        @Override
        public void newWorkbook() {
            actionsAsked.add("new");
        }

        @Override
        public void saveAs(Path target) {
            actionsAsked.add("saveAs " + target);
        }

        @Override
        public void quit() {
            actionsAsked.add("quit");
        }

        @Override
        public List<Path> recentWorkbooks() {
            return List.of();
        }

        @Override
        public void applyLook(boolean dark, double zoom) {
            actionsAsked.add("look " + dark + " " + zoom);
        }

        @Override
        public void rebuildWindow() {
            actionsAsked.add("rebuild");
        }
    }
}
