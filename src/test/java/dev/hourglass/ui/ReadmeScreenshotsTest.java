package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.ChartImages;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's screenshots, made anew by every {@code mvn verify} so they show the app as it is: the main window on
 * the sample workbook at 1366×768 (the usual laptop), one picture a view, in docs/screenshots (Monocle renders them
 * in software, headless).
 */
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshotsTest {
    static final Path FOLDER = Path.of("docs", "screenshots");
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    @TempDir
    static Path dir;
    private static Path sample;
    private WorkbookSession session;
    private Preferences preferences;
    private Scene scene;

    /** Built before the toolkit's set-up, which has a time limit a loaded machine can exceed. */
    @BeforeAll
    static void buildSample() throws Exception {
        sample = dir.resolve("Sample.hourglass");
        SampleWorkbook.create(sample);
    }

    @Start
    void start(Stage stage) throws Exception {
        session = new WorkbookSession(Workbook.open(sample, JsonScenarioCodec.INSTANCE), Duration.ofHours(1),
                Platform::runLater);
        preferences = Preferences.userRoot().node("dev/hourglass/screenshots-" + System.nanoTime());
        MainWindow window = MainWindow.build(session, new NoWindowActions(), new AppPreferences(preferences), Locale.US);
        HourglassApp.applyTheme(false);
        // Not in the stage: Monocle's headless screen is 1280×800 and refuses a larger window; a scene renders its
        // snapshot without one.
        scene = new Scene(window.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        scene.snapshot(null); // the first layout makes the skins, and with them the split pane's tabs
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        preferences.removeNode();
    }

    @Test
    void theMainViewsArePicturedForTheReadme(FxRobot robot) throws Exception {
        picture(robot, "Overview", "overview.png");
        picture(robot, "Unit economics", "unit-economics.png");
        picture(robot, "Pipeline", "pipeline.png");
        picture(robot, "Accounts health", "accounts-health.png");
    }

    private void picture(FxRobot robot, String tab, String name) throws Exception {
        TabPane views = (TabPane) scene.lookup("#views");
        robot.interact(() -> views.getSelectionModel().select(views.getTabs().stream()
                .filter(t -> t.getText().equals(tab)).findFirst().orElseThrow()));
        // the data views read the workbook in the background, a busy indicator showing meanwhile
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            robot.interact(() -> image[0] = scene.snapshot(null)); // lays the scene out, as a frame would
            return WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll(".progress-indicator").stream()
                    .noneMatch(ReadmeScreenshotsTest::busy)).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path out = FOLDER.resolve(name);
        Files.createDirectories(FOLDER);
        ChartImages.writePng(image[0], out);
        assertThat((int) image[0].getWidth()).isEqualTo(WIDTH);
        assertThat((int) image[0].getHeight()).isEqualTo(HEIGHT);
        assertThat(Files.size(out)).isGreaterThan(20_000); // a rendered window, not a blank one
    }

    private static boolean busy(Node node) {
        return node instanceof ProgressIndicator p && p.isIndeterminate() && isShown(p);
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
