package dev.hourglass.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Help › Show logs: the log folder opened in the desktop's file browser; where that cannot be done (no file browser,
 * no desktop), a dialog with the folder's path and a Copy button.
 */
public final class ShowLogs {
    private static final Logger LOG = LoggerFactory.getLogger(ShowLogs.class);

    private ShowLogs() {
    }

    public static void show(Window owner) {
        show(owner, LogFolder.location(), ShowLogs::openInFileBrowser);
    }

    /** Opens the folder off the FX thread (a file browser may take a while to answer), else shows its path. */
    static void show(Window owner, Path folder, Predicate<Path> opener) {
        Thread opening = new Thread(() -> {
            boolean opened = false;
            try {
                Files.createDirectories(folder);
                opened = opener.test(folder);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not open the log folder {}", folder, e);
            }
            if (!opened) {
                Platform.runLater(() -> pathDialog(owner, folder).show());
            }
        }, "show-logs");
        opening.setDaemon(true);
        opening.start();
    }

    /** The desktop's own "open this folder" command; true when it says it did. */
    static boolean openInFileBrowser(Path folder) {
        List<String> command = command(System.getProperty("os.name"), folder);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (command.get(0).equals("explorer.exe")) {
                return true; // Explorer's exit code is 1 even when it opened the folder
            }
            int exit = process.waitFor();
            if (exit != 0) {
                LOG.warn("{} exited with {}", command, exit);
            }
            return exit == 0;
        } catch (IOException e) {
            LOG.warn("Could not run {}", command, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = folder.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return List.of("explorer.exe", path);
        }
        if (os.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    static Alert pathDialog(Window owner, Path folder) {
        TextField path = new TextField(folder.toAbsolutePath().toString());
        path.setEditable(false);
        path.setPrefColumnCount(40);
        path.setId("log-folder");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button(UiText.text("common.copy"));
        copy.setId("copy-log-folder");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(path.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(UiText.text("common.copied"));
        });
        Alert dialog = Dialogs.worded(new Alert(Alert.AlertType.INFORMATION));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(UiText.text("common.logs.title"));
        dialog.setHeaderText(UiText.text("common.logs.noBrowser"));
        dialog.getDialogPane().setContent(new HBox(8, path, copy));
        dialog.getDialogPane().setMinWidth(600);
        dialog.setResizable(true);
        return dialog;
    }
}
