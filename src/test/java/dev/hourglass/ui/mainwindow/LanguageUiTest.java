package dev.hourglass.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassApp;
import dev.hourglass.ui.MainWindow;
import dev.hourglass.ui.NoWindowActions;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Language › Deutsch: the window is built anew in German on the same session — menus, tabs, a view's words
 * and the figures' labels read German, the tab shown stays shown (filled), numbers and months follow the language,
 * and the workbook, selection and undo stay.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageUiTest {
    private Path dir;
    private WorkbookSession session;
    private Preferences preferencesNode;
    private AppPreferences preferences;
    private Scene scene;
    private MainWindow window;
    private final Locale formatsBefore = Locale.getDefault(Locale.Category.FORMAT);

    @Start
    void start(Stage stage) throws Exception {
        UiText.use(Locale.ENGLISH);
        dir = Files.createTempDirectory("hourglass-language");
        Path file = dir.resolve("Sample.hourglass");
        SampleWorkbook.create(file);
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofMillis(200),
                Platform::runLater);
        preferencesNode = Preferences.userRoot().node("dev/hourglass/test-" + System.nanoTime());
        preferences = new AppPreferences(preferencesNode);
        HourglassApp.applyTheme(false);
        scene = new Scene(build().root(), 1280, 800);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    private MainWindow build() {
        window = MainWindow.build(session, new Rebuilding(), preferences, Locale.getDefault(Locale.Category.FORMAT));
        return window;
    }

    @AfterEach
    void closeSession() throws Exception {
        UiText.use(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, formatsBefore);
        session.close();
        preferencesNode.removeNode();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void pickingDeutschRebuildsTheWindowInGermanKeepingTheWorkbookSelectionAndUndo(FxRobot robot) {
        assertThat(menuTexts()).startsWith("_File", "_Edit", "_Scenario", "_View", "_Help");
        assertThat(cardTitles(robot)).contains("CAC payback");
        ScenarioEntry second = session.scenarios().get(1);
        robot.interact(() -> session.selectedProperty().set(second));
        robot.interact(() -> session.rename(second, "Umbenannt"));
        assertThat(preferences.language()).isEmpty();

        robot.interact(() -> languageItem("Deutsch").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preferences.language()).contains(Locale.GERMAN);
        assertThat(UiText.language()).isEqualTo(Locale.GERMAN);
        assertThat(menuTexts()).startsWith("_Datei", "_Bearbeiten", "S_zenario", "_Ansicht", "_Hilfe");
        assertThat(robot.lookup("#views").queryAs(TabPane.class).getTabs()).extracting(Tab::getText)
                .startsWith("Übersicht", "Unit Economics", "Kundenbindung & NRR");
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Szenarien");
        assertThat(cardTitles(robot)).contains("CAC-Amortisation").doesNotContain("CAC payback");
        assertThat(languageItem("Deutsch").isSelected()).isTrue();
        // the same session: the renamed, selected scenario and its undo are still there
        assertThat(session.selectedProperty().get()).isSameAs(second);
        assertThat(session.history().canUndoProperty().get()).isTrue();
        assertThat(session.history().undoLabelProperty().get()).startsWith("Rückgängig: ");
    }

    private List<String> menuTexts() {
        return ((MenuBar) scene.getRoot().lookup("#menuBar")).getMenus().stream().map(Menu::getText).toList();
    }

    private RadioMenuItem languageItem(String name) {
        Menu view = ((MenuBar) scene.getRoot().lookup("#menuBar")).getMenus().get(3);
        Menu language = (Menu) view.getItems().stream().filter(item -> item instanceof Menu).findFirst().orElseThrow();
        Optional<MenuItem> item = language.getItems().stream().filter(i -> i.getText().equals(name)).findFirst();
        return (RadioMenuItem) item.orElseThrow();
    }

    private static List<String> cardTitles(FxRobot robot) {
        Node overview = robot.lookup(".overview").query();
        return robot.from(overview).lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void thePlanShownStaysFilledAndItsNumbersAndMonthsFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> {
            UiText.use(Locale.GERMAN);
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            scene.setRoot(build().root());
        });
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        robot.interact(() -> views.getSelectionModel().select(views.getTabs().size() - 1));
        assertThat(planHeaders(robot)).anyMatch(h -> h.startsWith("Januar ") || h.startsWith("Jan. ")
                || h.startsWith("März "));

        robot.interact(() -> languageItem("English").fire());
        WaitForAsyncUtils.waitForFxEvents();

        TabPane rebuilt = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(rebuilt).isNotSameAs(views);
        assertThat(rebuilt.getSelectionModel().getSelectedItem().getText()).isEqualTo("Plan");
        List<String> headers = planHeaders(robot);
        assertThat(headers).anyMatch(h -> h.matches("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}"))
                .noneMatch(h -> h.startsWith("März") || h.startsWith("Mai ") || h.startsWith("Okt"));
        assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("en");
        assertThat(planCells(robot)).anyMatch(c -> c.matches("\\$[0-9.]+[KM]")).noneMatch(c -> c.contains("Mio."));
    }

    /** The Plan's month columns once its plan is made (it is made off the FX thread when the tab is shown). */
    @SuppressWarnings("unchecked")
    private static List<String> planHeaders(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Object> values = robot.lookup("#planValues").queryAs(TableView.class);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !values.getItems().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the Plan tab shows no plan", e);
        }
        return values.getColumns().stream().map(column -> ((Labeled) column.getGraphic()).getText()).toList();
    }

    private static List<String> planCells(FxRobot robot) {
        return robot.lookup("#planValues .table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .filter(text -> text != null && !text.isEmpty()).toList();
    }

    /** What the application does on a new language: the window built again into the same scene, on the same tab. */
    private final class Rebuilding extends NoWindowActions {
        @Override
        public void rebuildWindow() {
            int shown = window.controller().shownViewIndex();
            scene.setRoot(build().root());
            window.controller().showView(shown);
        }
    }
}
