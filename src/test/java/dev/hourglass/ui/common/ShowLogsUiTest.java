package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShowLogsUiTest {
    @TempDir
    Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    @Test
    void withoutAFileBrowserTheFolderIsShownWithACopyButton(FxRobot robot) throws Exception {
        Path folder = home.resolve(".hourglass/logs");
        Platform.runLater(() -> ShowLogs.show(stage, folder, path -> false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#log-folder").tryQuery().isPresent());

        TextField path = robot.lookup("#log-folder").queryAs(TextField.class);
        assertThat(path.getText()).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(folder).isDirectory(); // made, so a file browser or the user finds it even before the first log
        robot.interact(() -> robot.lookup("#copy-log-folder").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(folder.toAbsolutePath().toString());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void whenTheFileBrowserOpensNoDialogIsShown(FxRobot robot) throws Exception {
        Path folder = home.resolve("logs");
        List<Path> opened = new ArrayList<>();
        Platform.runLater(() -> ShowLogs.show(stage, folder, path -> opened.add(path)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(folder);
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(robot.lookup("#log-folder").tryQuery()).isEmpty();
    }

    @Test
    void eachDesktopOpensTheFolderWithItsOwnCommand() {
        Path folder = Path.of("/home/ann/.hourglass/logs");
        assertThat(ShowLogs.command("Linux", folder)).containsExactly("xdg-open", "/home/ann/.hourglass/logs");
        assertThat(ShowLogs.command("Mac OS X", folder)).containsExactly("open", "/home/ann/.hourglass/logs");
        assertThat(ShowLogs.command("Windows 11", folder).get(0)).isEqualTo("explorer.exe");
    }

    @Test
    void theLogFolderFollowsTheSameSettingAsLogback() {
        String before = System.getProperty("hourglass.logs");
        try {
            System.setProperty("hourglass.logs", "/tmp/elsewhere");
            assertThat(LogFolder.location()).isEqualTo(Path.of("/tmp/elsewhere"));
            System.clearProperty("hourglass.logs");
            assertThat(LogFolder.location()).isEqualTo(Path.of(System.getProperty("user.home"), ".hourglass", "logs"));
        } finally {
            if (before != null) {
                System.setProperty("hourglass.logs", before);
            }
        }
    }
}
